import { parseScimRoute } from "./scimRoutes";
import { SCIM_SCREEN_TAG } from "./ScimScreenElement";

const HOSTING_CLASS = "kcscim-hosting";

/**
 * Shows the SCIM screen in the console's main area while the hash route is a SCIM one. The console renders its
 * "page not found" section there for these routes; that section is hidden (not removed: React owns it) and the
 * screen element is appended next to it. On any other route the element is removed and the console's content
 * shows again. A MutationObserver puts the element back when the console re-creates its main area, e.g. after
 * a realm switch re-renders the page.
 */
export function hostScimScreensInMainArea(): void {
  installStyle();
  const sync = () => {
    const route = parseScimRoute(window.location.hash);
    const main = document.querySelector<HTMLElement>("main.pf-v5-c-page__main");
    const existing = document.querySelector<HTMLElement>(SCIM_SCREEN_TAG);
    if (!route || !main) {
      existing?.remove();
      document.querySelectorAll(`.${HOSTING_CLASS}`).forEach((element) => element.classList.remove(HOSTING_CLASS));
      return;
    }
    main.classList.add(HOSTING_CLASS);
    const screen = existing && existing.parentElement === main ? existing : document.createElement(SCIM_SCREEN_TAG);
    if (screen !== existing) {
      existing?.remove();
      main.appendChild(screen);
    }
    if (screen.getAttribute("realm") !== route.realm) {
      screen.setAttribute("realm", route.realm);
    }
    if (screen.getAttribute("section") !== route.section) {
      screen.setAttribute("section", route.section);
    }
  };
  window.addEventListener("hashchange", sync);
  new MutationObserver(sync).observe(document.body, { childList: true, subtree: true });
  sync();
}

function installStyle(): void {
  const style = document.createElement("style");
  style.setAttribute("data-kcscim", "");
  style.textContent = `
    main.${HOSTING_CLASS} > :not(${SCIM_SCREEN_TAG}) { display: none !important; }
    ${SCIM_SCREEN_TAG} { display: flex; flex-direction: column; flex: 1 0 auto; }
  `;
  document.head.appendChild(style);
}
