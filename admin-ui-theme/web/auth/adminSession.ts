import type { ConsoleEnvironment } from "../console/consoleEnvironment";
import { createProofKey, randomToken } from "./pkce";
import { SilentSignInLanding } from "./silentSignInLanding";

/**
 * The signed-in administrator's access token, obtained the way the console obtains its own: OIDC
 * authorization code + PKCE on the console's public client (`security-admin-console`) of the realm the
 * administrator signed into. The console's keycloak-js instance is not reachable from a theme script, so this
 * runs its own request with `prompt=none` in a hidden, same-origin iframe: Keycloak answers from the existing
 * SSO session (no second password, no client to set up) and redirects to the console's own page, the only
 * page under the client's registered redirect URIs (`/admin/{realm}/console/*`) that exists. That page loads
 * this theme's script, which recognises the landing ({@link SilentSignInLanding}) and hands the answer to this
 * window at once, before the console in the frame gets anywhere; the frame is then removed.
 *
 * Tokens are renewed with the refresh token shortly before they expire; when that fails (the session ended
 * or hit its idle limit), the silent request runs again, and if Keycloak answers `login_required` the screens
 * ask for a reload, which leads through the console's own sign-in.
 */
export class AdminSession {
  private static readonly RENEW_MARGIN_MS = 20_000;
  private static readonly SILENT_TIMEOUT_MS = 15_000;

  private accessToken: string | null = null;
  private refreshToken: string | null = null;
  private expiresAt = 0;
  private pending: Promise<string> | null = null;

  constructor(private readonly environment: ConsoleEnvironment) {}

  /** A valid access token, renewed when it is about to expire. Concurrent callers share one renewal. */
  async token(): Promise<string> {
    if (this.accessToken && Date.now() < this.expiresAt - AdminSession.RENEW_MARGIN_MS) {
      return this.accessToken;
    }
    if (!this.pending) {
      this.pending = this.renew().finally(() => {
        this.pending = null;
      });
    }
    return this.pending;
  }

  /** Forgets the token, e.g. after a 401, so the next call gets a fresh one. */
  invalidate(): void {
    this.accessToken = null;
    this.expiresAt = 0;
  }

  private get tokenEndpoint(): string {
    return `${this.realmUrl}/protocol/openid-connect/token`;
  }

  private get realmUrl(): string {
    return `${this.environment.serverBaseUrl}/realms/${encodeURIComponent(this.environment.loginRealm)}`;
  }

  private get redirectUri(): string {
    return SilentSignInLanding.redirectUri(this.environment.loginRealm);
  }

  private async renew(): Promise<string> {
    if (this.refreshToken) {
      try {
        return await this.exchange({ grant_type: "refresh_token", refresh_token: this.refreshToken });
      } catch {
        this.refreshToken = null;
      }
    }
    const proof = await createProofKey();
    const state = randomToken(16);
    const code = await this.silentAuthorization(proof.challenge, state);
    return this.exchange({ grant_type: "authorization_code", code, redirect_uri: this.redirectUri, code_verifier: proof.verifier });
  }

  private async exchange(grant: Record<string, string>): Promise<string> {
    const response = await fetch(this.tokenEndpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...grant, client_id: this.environment.clientId }),
      credentials: "omit",
    });
    if (!response.ok) {
      throw new SignInRequiredError(`Token endpoint answered ${response.status}`);
    }
    const body = (await response.json()) as { access_token: string; refresh_token?: string; expires_in: number };
    this.accessToken = body.access_token;
    this.refreshToken = body.refresh_token ?? null;
    this.expiresAt = Date.now() + body.expires_in * 1000;
    return body.access_token;
  }

  private silentAuthorization(challenge: string, state: string): Promise<string> {
    const url = new URL(`${this.realmUrl}/protocol/openid-connect/auth`);
    url.search = new URLSearchParams({
      client_id: this.environment.clientId,
      redirect_uri: this.redirectUri,
      response_type: "code",
      response_mode: "query",
      scope: "openid",
      prompt: "none",
      state,
      code_challenge: challenge,
      code_challenge_method: "S256",
    }).toString();

    return new Promise((resolve, reject) => {
      const frame = document.createElement("iframe");
      frame.setAttribute("aria-hidden", "true");
      frame.setAttribute("data-kcscim-silent-sign-in", "");
      frame.style.display = "none";
      const timer = window.setTimeout(() => finish(new SignInRequiredError("No answer from Keycloak")), AdminSession.SILENT_TIMEOUT_MS);

      const cleanups: (() => void)[] = [];
      let finished = false;
      const finish = (outcome: string | Error) => {
        if (finished) {
          return;
        }
        finished = true;
        window.clearTimeout(timer);
        cleanups.forEach((cleanup) => cleanup());
        frame.remove();
        if (outcome instanceof Error) {
          reject(outcome);
        } else {
          resolve(outcome);
        }
      };

      const read = (href: string) => {
        if (!href.startsWith(this.redirectUri)) {
          return; // still on the way (about:blank before navigation)
        }
        const params = new URL(href).searchParams;
        if (params.get("state") !== state) {
          finish(new SignInRequiredError("Unexpected state in Keycloak's answer"));
        } else if (params.get("error")) {
          finish(new SignInRequiredError(params.get("error_description") ?? params.get("error") ?? "error"));
        } else {
          finish(params.get("code") ?? new SignInRequiredError("No code in Keycloak's answer"));
        }
      };
      const onMessage = (event: MessageEvent) => {
        const href = SilentSignInLanding.answerIn(event, frame.contentWindow);
        if (href) {
          read(href);
        }
      };
      window.addEventListener("message", onMessage);
      cleanups.push(() => window.removeEventListener("message", onMessage));
      // Also on load, in case the landing page did not run this script (a realm with another admin theme).
      frame.addEventListener("load", () => {
        try {
          read(frame.contentWindow?.location.href ?? "about:blank");
        } catch {
          // A cross-origin page (should not happen): the answer cannot be read.
          finish(new SignInRequiredError("Keycloak's answer could not be read"));
        }
      });
      frame.src = url.toString();
      document.body.appendChild(frame);
    });
  }
}

/** The administrator's session can no longer be used silently: a reload leads through the sign-in. */
export class SignInRequiredError extends Error {}
