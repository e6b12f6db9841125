import { createRoot, type Root } from "react-dom/client";
import type { AdminApi } from "../api/adminApi";
import { ScimScreens } from "../ScimScreens";
import type { ScimSection } from "./scimRoutes";

export const SCIM_SCREEN_TAG = "kcscim-screen";

/**
 * `<kcscim-screen realm="..." section="...">`: the SCIM screens as a custom element, so that whatever hosts
 * them (today the theme script in the console's main area, tomorrow perhaps a console extension slot) only has
 * to place an element and set two attributes. No shadow DOM: the screens must pick up the console's PatternFly
 * styles and dark mode like the console's own pages.
 */
export function defineScimScreenElement(api: AdminApi): void {
  if (customElements.get(SCIM_SCREEN_TAG)) {
    return;
  }
  customElements.define(
    SCIM_SCREEN_TAG,
    class extends HTMLElement {
      static observedAttributes = ["realm", "section"];
      private root: Root | null = null;

      connectedCallback() {
        if (!this.root) {
          this.root = createRoot(this);
        }
        this.render();
      }

      attributeChangedCallback() {
        this.render();
      }

      disconnectedCallback() {
        // Unmounting synchronously inside another React tree's commit is not allowed; the next task is safe.
        // A move (disconnect, then connect again at once) keeps the same root and its state.
        window.setTimeout(() => {
          if (!this.isConnected && this.root) {
            this.root.unmount();
            this.root = null;
          }
        }, 0);
      }

      private render() {
        const realm = this.getAttribute("realm");
        const section = this.getAttribute("section") as ScimSection | null;
        if (this.root && realm && section) {
          this.root.render(<ScimScreens key={realm} api={api} realm={realm} section={section} />);
        }
      }
    },
  );
}
