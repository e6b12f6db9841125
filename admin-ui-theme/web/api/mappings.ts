import { AdminApi, realmPath } from "./adminApi";

/** A mapping as the extension's admin REST API returns it (README, "Mappings"). */
export interface Mapping {
  id: string;
  name: string;
  configurationId: string;
  groups: GroupRef[];
  roles: string[];
  accounts: string[];
  means: string[];
  createdAt: string;
  updatedAt: string;
}

export interface GroupRef {
  id: string;
  name: string;
}

export interface MappingInput {
  name: string;
  configurationId: string;
  groups: string[];
  roles: string[];
  accounts: string[];
  means: string[];
}

export interface ProvisionedGroup extends GroupRef {
  members: number;
}

export interface CatalogRole {
  name: string;
  description: string | null;
  type: "management" | "realm" | "client";
}

/** What a mapping would do: its groups with member counts, distinct members, and each role per account. */
export interface MappingPreview {
  groups: ProvisionedGroup[];
  members: number;
  grants: { role: string; account: string; client: string | null; roleName: string }[];
  means: string[];
}

export interface IdentityProvider {
  alias: string;
  displayName?: string;
}

export class MappingsApi {
  constructor(private readonly api: AdminApi) {}

  list(realm: string): Promise<Mapping[]> {
    return this.api.get(base(realm));
  }

  create(realm: string, input: MappingInput): Promise<Mapping> {
    return this.api.send("POST", base(realm), input);
  }

  /** The configuration of a mapping cannot change, so it is not sent. */
  update(realm: string, id: string, input: MappingInput): Promise<Mapping> {
    const { configurationId: _fixed, ...changeable } = input;
    return this.api.send("PUT", `${base(realm)}/${encodeURIComponent(id)}`, changeable);
  }

  remove(realm: string, id: string): Promise<void> {
    return this.api.send("DELETE", `${base(realm)}/${encodeURIComponent(id)}`);
  }

  preview(realm: string, input: MappingInput): Promise<MappingPreview> {
    return this.api.send("POST", `${base(realm)}/preview`, input);
  }

  /** A page of the groups a configuration provisioned whose name contains `search`. */
  groups(realm: string, configurationId: string, search: string, max = 50): Promise<{ total: number; groups: ProvisionedGroup[] }> {
    const query = new URLSearchParams({ search, first: "0", max: String(max) });
    return this.api.get(
      `${realmPath(realm)}/provisioning/configurations/${encodeURIComponent(configurationId)}/groups?${query.toString()}`,
    );
  }

  /** The role names that resolve in every one of these accounts. */
  roles(realm: string, accounts: string[]): Promise<CatalogRole[]> {
    const query = new URLSearchParams();
    accounts.forEach((account) => query.append("accounts", account));
    return this.api.get(`${realmPath(realm)}/provisioning/roles?${query.toString()}`);
  }

  /**
   * The home realm's identity providers, the sign-in means besides Keycloak's own. Reading them needs
   * view-identity-providers; an administrator without it is offered Keycloak sign-in and the means already set.
   */
  async identityProviders(realm: string): Promise<IdentityProvider[]> {
    try {
      return await this.api.get(`${realmPath(realm)}/identity-provider/instances`);
    } catch {
      return [];
    }
  }
}

function base(realm: string): string {
  return `${realmPath(realm)}/provisioning/mappings`;
}
