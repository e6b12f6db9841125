import { AdminApi, realmPath } from "./adminApi";

/**
 * The realm's declarative user profile, from Keycloak's own admin API (`/users/profile`). Only the fields the
 * Attributes tab reads are typed; the rest of each object is kept as it came, because an update must send the
 * whole profile back unchanged.
 */
export interface UserProfileConfig {
  attributes: UserProfileAttribute[];
  [other: string]: unknown;
}

export interface UserProfileAttribute {
  name: string;
  displayName?: string;
  multivalued?: boolean;
  permissions?: { view?: string[]; edit?: string[] };
  [other: string]: unknown;
}

/** Keycloak's own fields: SCIM maps them natively, so they are never offered as a mapping's target. */
export const NATIVE_ATTRIBUTES: readonly string[] = ["username", "email", "firstName", "lastName"];

export class UserProfileApi {
  constructor(private readonly api: AdminApi) {}

  get(realm: string): Promise<UserProfileConfig> {
    return this.api.get(path(realm));
  }

  /**
   * Adds one attribute that only administrators may see and edit (issue 15: nothing a directory provisions
   * becomes user-editable unless an administrator decides so); multivalued for a SCIM list. The profile is read
   * again right before the update, since Keycloak replaces it whole: a change made in the console meanwhile is kept.
   */
  async addAttribute(realm: string, name: string, displayName: string, multivalued = false): Promise<UserProfileConfig> {
    const current = await this.get(realm);
    const added: UserProfileAttribute = {
      name,
      displayName,
      permissions: { view: ["admin"], edit: ["admin"] },
      multivalued,
    };
    const updated = await this.api.send<UserProfileConfig | undefined>("PUT", path(realm), {
      ...current,
      attributes: [...current.attributes, added],
    });
    // Keycloak answers with the stored profile; should a version answer 204, it is read once more.
    return updated ?? this.get(realm);
  }
}

/**
 * How an attribute reads in a list: its display name, unless that is a message reference such as
 * `${profile.attributes.department}` (translated by the realm's localization, which the screens do not load).
 */
export function attributeLabel(attribute: UserProfileAttribute | undefined, name: string): string {
  const displayName = attribute?.displayName?.trim();
  return displayName && !/^\$\{.*\}$/.test(displayName) ? displayName : name;
}

function path(realm: string): string {
  return `${realmPath(realm)}/users/profile`;
}
