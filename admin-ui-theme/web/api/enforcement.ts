import { AdminApi, realmPath } from "./adminApi";

/** One flow binding through which someone can sign in, and whether it enforces the mappings' means. */
export interface EnforcementBinding {
  binding: string;
  flow: string | null;
  enforced: boolean;
}

export interface EnforcementState {
  enforced: boolean;
  bindings: EnforcementBinding[];
  /** Only in the answer to an installation. */
  changes?: { binding: string; before: string | null; after: string }[];
}

/** The enforcement state of the realm's flows, and the idempotent action that installs it (README, "Enforcement"). */
export class EnforcementApi {
  constructor(private readonly api: AdminApi) {}

  state(realm: string): Promise<EnforcementState> {
    return this.api.get(`${realmPath(realm)}/provisioning/enforcement`);
  }

  install(realm: string): Promise<EnforcementState> {
    return this.api.send("POST", `${realmPath(realm)}/provisioning/enforcement`);
  }
}
