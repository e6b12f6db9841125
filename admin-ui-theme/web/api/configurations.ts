import { AdminApi, realmPath } from "./adminApi";

/** A SCIM configuration as the extension's admin REST API returns it (README, "Configurations"). */
export interface Configuration {
  id: string;
  name: string;
  accounts: string[];
  active: boolean;
  adoptExistingUsers: boolean;
  userDeleteAction: UserDeleteAction;
  scimBaseUrl: string;
  createdAt: string;
  updatedAt: string;
  keyCreatedAt: string | null;
  keyLastUsedAt: string | null;
  previousKeyValidUntil: string | null;
  /** Custom SCIM schemas the directory may send (issue 15); declared through the admin REST API only. */
  schemaExtensions?: SchemaExtension[];
  /** Where SCIM attributes without a native Keycloak field are stored: user-profile attributes (issue 15). */
  attributeMappings?: AttributeMapping[];
  /** Only in the answer that generated a key. */
  apiKey?: string;
}

/** An extension schema a configuration declares, such as a custom Entra ID or Okta one. */
export interface SchemaExtension {
  /** The schema's URN, e.g. `urn:ietf:params:scim:schemas:extension:acme:2.0:User`. */
  id: string;
  attributes: ExtensionAttribute[];
}

export interface ExtensionAttribute {
  name: string;
  type: string;
  multiValued: boolean;
  required: boolean;
  caseExact: boolean;
}

/** A SCIM attribute (a path such as `title` or `phoneNumbers[type eq "work"].value`) kept in a user-profile attribute. */
export interface AttributeMapping {
  scimPath: string;
  userAttribute: string;
}

export type UserDeleteAction = "delete" | "disable";

export interface ConfigurationInput {
  name: string;
  accounts: string[];
  active: boolean;
  adoptExistingUsers: boolean;
  userDeleteAction: UserDeleteAction;
  /**
   * Absent: unchanged on PUT, none on POST. Sent only once the dialog knows the list (the server sent it, or the
   * administrator changed it), so a server that omits it never has its mappings replaced by an empty list.
   */
  attributeMappings?: AttributeMapping[];
  // No schemaExtensions: the dialog only shows them, and an absent field keeps its value on PUT, so a script's
  // change made while the dialog was open is not overwritten.
}

export class ConfigurationsApi {
  constructor(private readonly api: AdminApi) {}

  list(realm: string): Promise<Configuration[]> {
    return this.api.get(`${base(realm)}`);
  }

  create(realm: string, input: ConfigurationInput): Promise<Configuration> {
    return this.api.send("POST", base(realm), input);
  }

  update(realm: string, id: string, input: ConfigurationInput): Promise<Configuration> {
    return this.api.send("PUT", `${base(realm)}/${encodeURIComponent(id)}`, input);
  }

  remove(realm: string, id: string): Promise<void> {
    return this.api.send("DELETE", `${base(realm)}/${encodeURIComponent(id)}`);
  }

  /** A new key, returned this once; the previous one stays valid for `graceSeconds`. */
  generateKey(realm: string, id: string, graceSeconds: number): Promise<Configuration> {
    return this.api.send("POST", `${base(realm)}/${encodeURIComponent(id)}/api-key`, { graceSeconds });
  }

  /** How many mappings a configuration has: what its deletion takes with it. */
  async mappingCount(realm: string, id: string): Promise<number> {
    const mappings = await this.api.get<unknown[]>(
      `${realmPath(realm)}/provisioning/mappings?configuration=${encodeURIComponent(id)}`,
    );
    return mappings.length;
  }
}

function base(realm: string): string {
  return `${realmPath(realm)}/provisioning/configurations`;
}
