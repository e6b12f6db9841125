import { createContext, useContext } from "react";
import type { Messages } from "./Messages";
import { consoleMessages } from "./consoleLocale";

/** The Messages of the locale the SCIM screens speak, provided by ScimScreens. */
export const MessagesContext = createContext<Messages | null>(null);

/**
 * `const { t, formatDateTime, formatNumber } = useMessages();` in any component of the screens. Outside a
 * provider it answers in the console's language as far as it is known, rather than failing.
 */
export function useMessages(): Messages {
  return useContext(MessagesContext) ?? consoleMessages();
}
