/**
 * What the admin console page tells its own scripts about where it runs: the `#environment` JSON block that
 * Keycloak's admin index.ftl renders. The screens read the same facts instead of guessing them from the URL.
 */
export interface ConsoleEnvironment {
  /** Base URL of Keycloak for browsers, e.g. `http://localhost:8080`. */
  serverBaseUrl: string;
  /** Base URL of the admin API, usually the same as serverBaseUrl. */
  adminBaseUrl: string;
  /** The realm the administrator signed into (not necessarily the realm being managed). */
  loginRealm: string;
  /** The console's public OIDC client, `security-admin-console`. */
  clientId: string;
  /** The console's own URL, e.g. `/admin/master/console/`. */
  consoleBaseUrl: string;
  masterRealm: string;
}

export function readConsoleEnvironment(doc: Document = document): ConsoleEnvironment {
  const element = doc.getElementById("environment");
  if (!element?.textContent) {
    throw new Error("The admin console page has no #environment block");
  }
  const raw = JSON.parse(element.textContent) as Record<string, string>;
  const origin = doc.defaultView?.location.origin ?? "";
  const serverBaseUrl = trimSlash(raw.serverBaseUrl || raw.authServerUrl || origin);
  return {
    serverBaseUrl,
    adminBaseUrl: trimSlash(raw.adminBaseUrl || serverBaseUrl),
    loginRealm: raw.realm || "master",
    clientId: raw.clientId || "security-admin-console",
    consoleBaseUrl: raw.consoleBaseUrl || `/admin/${raw.realm || "master"}/console/`,
    masterRealm: raw.masterRealm || "master",
  };
}

function trimSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
