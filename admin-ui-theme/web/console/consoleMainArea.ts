import { parseScimRoute } from "./scimRoutes";
import { SCIM_SCREEN_TAG } from "./ScimScreenElement";

const HOSTING_CLASS = "kcscim-hosting";

/**
 * Shows the SCIM screen in place of the console's main area while the hash route is a SCIM one.
 *
 * The console answers these routes with its catch-all "Page Not Found" content inside its `<main>`. That
 * element belongs to React, which keeps writing into it (the text arrives after a lazy load), so the screen
 * is not put inside it: the console's `<main>` is hidden and the screen element goes right after it, carrying
 * PatternFly's page-main class so that it takes the same place in the page layout (same grid area, scrolling
 * and background). On any other route the screen element is removed and the console's `<main>` shows again.
 * A MutationObserver repeats this whenever the console re-renders its page.
 */
export function hostScimScreensInMainArea(): void {
  installStyle();
  const sync = () => {
    const route = parseScimRoute(window.location.hash);
    const main = document.querySelector<HTMLElement>("main.pf-v5-c-page__main");
    let screen = document.querySelector<HTMLElement>(SCIM_SCREEN_TAG);
    if (!route || !main) {
      screen?.remove();
      document.querySelectorAll(`.${HOSTING_CLASS}`).forEach((element) => element.classList.remove(HOSTING_CLASS));
      return;
    }
    if (!main.classList.contains(HOSTING_CLASS)) {
      main.classList.add(HOSTING_CLASS);
    }
    if (!screen) {
      screen = document.createElement(SCIM_SCREEN_TAG);
      screen.className = "pf-v5-c-page__main";
      screen.id = "kcscim-main-content";
      screen.setAttribute("role", "main");
      screen.tabIndex = -1;
    }
    if (screen.previousElementSibling !== main) {
      main.after(screen);
    }
    if (screen.getAttribute("realm") !== route.realm) {
      screen.setAttribute("realm", route.realm);
    }
    if (screen.getAttribute("section") !== route.section) {
      screen.setAttribute("section", route.section);
    }
  };
  window.addEventListener("hashchange", sync);
  new MutationObserver(sync).observe(document.body, { childList: true, subtree: true });
  sync();
}

function installStyle(): void {
  const style = document.createElement("style");
  style.setAttribute("data-kcscim", "");
  style.textContent = `main.${HOSTING_CLASS} { display: none !important; }`;
  document.head.appendChild(style);
}
