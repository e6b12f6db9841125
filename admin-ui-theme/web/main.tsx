/**
 * Entry of the kcscim admin theme's script (theme.properties: scripts=js/kcscim.js), loaded as a module into
 * every page of the Keycloak admin console next to the console's own code. It adds SCIM to the navigation
 * and hosts the SCIM screens in the console's main area on SCIM routes; the console itself is not changed.
 */
import { readConsoleEnvironment } from "./console/consoleEnvironment";
import { AdminSession } from "./auth/adminSession";
import { AdminApi } from "./api/adminApi";
import { loadRealmAccess } from "./api/access";
import { defineScimScreenElement } from "./console/ScimScreenElement";
import { hostScimScreensInMainArea } from "./console/consoleMainArea";
import { addScimToConsoleNavigation } from "./console/consoleNavigation";
import { SilentSignInLanding } from "./auth/silentSignInLanding";
import "./screens.css";

/** Vite writes the screens' styles (PatternFly's component CSS they use, and ours) next to this module. */
function loadStyles(): void {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("./kcscim.css", import.meta.url).href;
  link.setAttribute("data-kcscim", "");
  document.head.appendChild(link);
}

function start(): void {
  if (SilentSignInLanding.isThisWindow()) {
    SilentSignInLanding.answer();
    return;
  }
  loadStyles();
  const environment = readConsoleEnvironment();
  const api = new AdminApi(environment, new AdminSession(environment));
  defineScimScreenElement(api);
  addScimToConsoleNavigation(async (realm) => (await loadRealmAccess(api, realm)).canView);
  hostScimScreensInMainArea();
}

// Module scripts run after parsing, but a theme could load this another way: wait for the body if needed.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
