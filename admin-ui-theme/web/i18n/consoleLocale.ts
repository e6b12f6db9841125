import { Messages } from "./Messages";

let current = Messages.for(undefined);

/**
 * The console's language for code outside React (the navigation group, API errors), which cannot wait for a
 * provider. It is the locale of Keycloak's `whoami` answer, so it is known from the first time the script asks
 * whoami; the navigation asks it before it shows the SCIM group. English until then.
 */
export function consoleMessages(): Messages {
  return current;
}

/** Records the locale a `whoami` answer reported. */
export function adoptConsoleLocale(locale: string | undefined): void {
  current = Messages.for(locale);
}
