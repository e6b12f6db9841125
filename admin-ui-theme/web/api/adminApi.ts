import type { AdminSession } from "../auth/adminSession";
import type { ConsoleEnvironment } from "../console/consoleEnvironment";
import { consoleMessages } from "../i18n/consoleLocale";

/**
 * A failed admin API call, with the field errors the extension returns in Keycloak's error shape
 * (`{"field", "errorMessage"}`, several of them under `errors`), so forms can show each next to its field.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string>,
  ) {
    super(message);
  }

  static async of(response: Response): Promise<ApiError> {
    let message = `${response.status} ${response.statusText}`.trim();
    const fieldErrors: Record<string, string> = {};
    try {
      const body = (await response.json()) as KeycloakError;
      message = body.errorMessage ?? body.error_description ?? body.error ?? message;
      for (const error of [body, ...(body.errors ?? [])]) {
        if (error.field && error.errorMessage) {
          fieldErrors[error.field] = error.errorMessage;
        }
      }
    } catch {
      // Not JSON (a proxy's page, say): the status line is all there is.
    }
    if (response.status === 403) {
      message = consoleMessages().t("kcscim.api.forbidden");
    }
    return new ApiError(response.status, message, fieldErrors);
  }
}

interface KeycloakError {
  field?: string;
  errorMessage?: string;
  error?: string;
  error_description?: string;
  errors?: KeycloakError[];
}

/** JSON over Keycloak's admin API with the signed-in administrator's token. */
export class AdminApi {
  constructor(
    private readonly environment: ConsoleEnvironment,
    private readonly session: AdminSession,
  ) {}

  get serverBaseUrl(): string {
    return this.environment.serverBaseUrl;
  }

  get loginRealm(): string {
    return this.environment.loginRealm;
  }

  async get<T>(path: string): Promise<T> {
    return this.send<T>("GET", path);
  }

  async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response = await this.fetchWithToken(method, path, body);
    if (response.status === 401) {
      // The token may have been revoked or expired early (a clock step): one retry with a fresh one.
      this.session.invalidate();
      response = await this.fetchWithToken(method, path, body);
    }
    if (!response.ok) {
      throw await ApiError.of(response);
    }
    if (response.status === 204) {
      return undefined as T;
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async fetchWithToken(method: string, path: string, body?: unknown): Promise<Response> {
    const token = await this.session.token();
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    return fetch(`${this.environment.adminBaseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
    });
  }
}

export function realmPath(realm: string): string {
  return `/admin/realms/${encodeURIComponent(realm)}`;
}
