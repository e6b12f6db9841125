import { AdminApi, realmPath } from "./adminApi";

/**
 * One thing that happened to a configuration (README, `GET /configurations/{id}/activity`): a change its
 * directory made over SCIM, or a sign-in the enforcement refused to one of its users.
 */
export interface ActivityEntry {
  time: number;
  kind: "provisioning" | "refused-sign-in";
  operation?: string;
  resourceType?: string;
  resourcePath?: string;
  eventType?: string;
  userId?: string;
  username?: string;
  clientId?: string;
  attemptedMeans?: string;
  allowedMeans?: string;
  reason?: string;
  ipAddress?: string;
}

export function loadActivity(api: AdminApi, realm: string, configurationId: string, max = 100): Promise<ActivityEntry[]> {
  return api.get(`${realmPath(realm)}/provisioning/configurations/${encodeURIComponent(configurationId)}/activity?max=${max}`);
}
