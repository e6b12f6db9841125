import type { AdminApi } from "./adminApi";
import { adoptConsoleLocale } from "../i18n/consoleLocale";

/**
 * What the signed-in administrator may do in one realm, from the console's own `whoami` endpoint (the same
 * source the console uses to show or hide its pages). The API enforces it anyway; this only avoids offering
 * what would fail with 403.
 */
export interface RealmAccess {
  canView: boolean;
  canManage: boolean;
  /** Realms the administrator can see, for the accounts picker. */
  realms: string[];
  /** The console's language for this administrator (a BCP 47 tag such as `de`), what the screens speak too. */
  locale: string;
}

interface WhoAmI {
  realm_access?: Record<string, string[]>;
  locale?: string;
}

export async function loadRealmAccess(api: AdminApi, realm: string): Promise<RealmAccess> {
  const whoami = await api.get<WhoAmI>(
    `/admin/${encodeURIComponent(api.loginRealm)}/console/whoami?currentRealm=${encodeURIComponent(realm)}`,
  );
  const locale = whoami.locale || "en";
  // The navigation builds its labels outside React, from the last locale whoami reported.
  adoptConsoleLocale(locale);
  const roles = new Set(whoami.realm_access?.[realm] ?? []);
  const canManage = roles.has("manage-realm") || roles.has("realm-admin") || roles.has("admin");
  const canView = canManage || roles.has("view-realm");
  let realms: string[] = [realm];
  try {
    const visible = await api.get<{ realm: string }[]>("/admin/realms?briefRepresentation=true");
    realms = visible.map((r) => r.realm).sort((a, b) => a.localeCompare(b));
  } catch {
    // Listing realms needs more than view-realm for some administrators; the home realm is always allowed.
  }
  return { canView, canManage, realms, locale };
}
