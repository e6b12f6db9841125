/**
 * Where the hidden sign-in frame of {@link AdminSession} lands: the console's own page with a marker in its
 * query. When this theme's script starts inside such a frame it must not start the screens (they would sign in
 * again, in a frame of their own); it posts Keycloak's answer to the window that opened the frame instead.
 */
export const SilentSignInLanding = {
  MARKER: "kcscim-silent-sign-in",
  MESSAGE_TYPE: "kcscim-silent-sign-in-answer",

  /** The redirect URI of the silent request: the console page of the administrator's sign-in realm. */
  redirectUri(loginRealm: string, origin: string = window.location.origin): string {
    return `${origin}/admin/${encodeURIComponent(loginRealm)}/console/?${SilentSignInLanding.MARKER}=1`;
  },

  /** Whether this window is such a landing, framed by a console page of the same origin. */
  isThisWindow(win: Window = window): boolean {
    return win.parent !== win && new URLSearchParams(win.location.search).has(SilentSignInLanding.MARKER);
  },

  /** Hands this landing's URL (Keycloak's answer is in its query) to the framing console page. */
  answer(win: Window = window): void {
    win.parent.postMessage({ type: SilentSignInLanding.MESSAGE_TYPE, href: win.location.href }, win.location.origin);
  },

  /** The landing URL in a message, if it came from {@code frame} on this origin; null for any other message. */
  answerIn(event: MessageEvent, frame: Window | null, origin: string = window.location.origin): string | null {
    const data = event.data as { type?: unknown; href?: unknown } | null;
    if (event.source !== frame || event.origin !== origin || data?.type !== SilentSignInLanding.MESSAGE_TYPE) {
      return null;
    }
    return typeof data.href === "string" ? data.href : null;
  },
};
