/**
 * Puts text on the clipboard. The asynchronous Clipboard API needs a secure context (https or localhost);
 * Keycloak behind plain http elsewhere gets the older selection-and-copy path.
 */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Denied (no focus, a policy): fall through to the selection path.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    if (!document.execCommand("copy")) {
      throw new Error("The browser refused to copy");
    }
  } finally {
    area.remove();
  }
}
