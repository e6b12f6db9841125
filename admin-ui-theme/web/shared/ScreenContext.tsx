import { createContext, useContext } from "react";
import type { AdminApi } from "../api/adminApi";
import type { RealmAccess } from "../api/access";

/** What every SCIM screen needs: the API, the realm it manages and what the administrator may do there. */
export interface Screen {
  api: AdminApi;
  realm: string;
  access: RealmAccess;
  notify: (message: string, variant?: "success" | "danger") => void;
}

export const ScreenContext = createContext<Screen | null>(null);

export function useScreen(): Screen {
  const screen = useContext(ScreenContext);
  if (!screen) {
    throw new Error("useScreen outside a SCIM screen");
  }
  return screen;
}
