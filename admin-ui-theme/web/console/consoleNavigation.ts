import { parseScimRoute, realmOfHash, SCIM_SECTIONS, toScimRoute } from "./scimRoutes";
import { consoleMessages } from "../i18n/consoleLocale";

const NAV_MARKER = "data-kcscim-nav";
const STATE_ATTRIBUTE = "data-kcscim-scim";

/**
 * Adds a "SCIM" group (Configurations, Mappings) after the last group of the console's left navigation, built
 * from the same PatternFly nav markup the console renders, so it looks and behaves like its neighbours. The
 * console re-renders its navigation (realm switch, permissions loaded), so a MutationObserver keeps the group
 * present, last, pointing at the current realm, and marks the current item.
 *
 * `mayView(realm)` decides whether the group shows at all in that realm; until it answers, it does not.
 */
export function addScimToConsoleNavigation(mayView: (realm: string) => Promise<boolean>): void {
  const permitted = new Map<string, boolean>();
  const pending = new Set<string>();

  const sync = () => {
    const nav = document.querySelector<HTMLElement>(".keycloak__page_nav__nav");
    const realm = nav ? realmShownBy(nav, window.location.hash) : null;
    const existing = document.querySelector<HTMLElement>(`[${NAV_MARKER}]`);
    if (!nav || !realm) {
      return;
    }
    if (!permitted.has(realm)) {
      permitted.set(realm, false);
      pending.add(realm);
      void mayView(realm)
        .catch(() => false)
        .then((allowed) => {
          permitted.set(realm, allowed);
          pending.delete(realm);
          sync();
        });
    }
    // Tells tests (and anyone debugging) that the decision for this realm is made, whichever way it went.
    const decided = permitted.get(realm) ? "shown" : pending.has(realm) ? "deciding" : "hidden";
    if (nav.getAttribute(STATE_ATTRIBUTE) !== decided) {
      nav.setAttribute(STATE_ATTRIBUTE, decided);
    }
    if (!permitted.get(realm)) {
      existing?.remove();
      return;
    }
    const sections = nav.querySelectorAll<HTMLElement>(`section.pf-v5-c-nav__section:not([${NAV_MARKER}])`);
    const anchor = sections[sections.length - 1];
    if (!anchor?.parentElement) {
      return;
    }
    const group = existing ?? createGroup();
    if (anchor.nextElementSibling !== group) {
      anchor.after(group);
    }
    updateLinks(group, realm);
  };

  window.addEventListener("hashchange", sync);
  new MutationObserver(sync).observe(document.body, { childList: true, subtree: true });
  sync();
}

/**
 * The realm the console shows. Its routes name it first (`#/{realm}/...`), but the first page after sign-in
 * has no route yet: then the console's own navigation links, which always point into the realm it shows, say.
 */
function realmShownBy(nav: HTMLElement, hash: string): string | null {
  const named = realmOfHash(hash);
  if (named) {
    return named;
  }
  for (const link of nav.querySelectorAll<HTMLAnchorElement>(`a[href^="#/"]`)) {
    if (!link.closest(`[${NAV_MARKER}]`)) {
      const realm = realmOfHash(link.getAttribute("href") ?? "");
      if (realm) {
        return realm;
      }
    }
  }
  return null;
}

// Built only once mayView has answered, which asked whoami, so the console's language is known by then.
function createGroup(): HTMLElement {
  const { t } = consoleMessages();
  const section = document.createElement("section");
  section.className = "pf-v5-c-nav__section";
  section.setAttribute(NAV_MARKER, "");
  section.setAttribute("aria-labelledby", "kcscim-nav-title");
  const title = document.createElement("h2");
  title.className = "pf-v5-c-nav__section-title";
  title.id = "kcscim-nav-title";
  title.textContent = t("kcscim.nav.group");
  const list = document.createElement("ul");
  list.className = "pf-v5-c-nav__list";
  list.setAttribute("role", "list");
  for (const { section: name, titleKey } of SCIM_SECTIONS) {
    const item = document.createElement("li");
    item.className = "pf-v5-c-nav__item";
    const link = document.createElement("a");
    link.className = "pf-v5-c-nav__link";
    link.id = `nav-item-scim-${name}`;
    link.setAttribute("data-testid", `nav-item-scim-${name}`);
    link.setAttribute("data-kcscim-section", name);
    link.textContent = t(titleKey);
    item.appendChild(link);
    list.appendChild(item);
  }
  section.append(title, list);
  return section;
}

function updateLinks(group: HTMLElement, realm: string): void {
  const current = parseScimRoute(window.location.hash);
  group.querySelectorAll<HTMLAnchorElement>("a[data-kcscim-section]").forEach((link) => {
    const section = link.getAttribute("data-kcscim-section") as (typeof SCIM_SECTIONS)[number]["section"];
    const href = toScimRoute({ realm, section });
    if (link.getAttribute("href") !== href) {
      link.setAttribute("href", href);
    }
    const isCurrent = current?.realm === realm && current.section === section;
    if (link.classList.contains("pf-m-current") !== isCurrent) {
      link.classList.toggle("pf-m-current", isCurrent);
      if (isCurrent) {
        link.setAttribute("aria-current", "page");
      } else {
        link.removeAttribute("aria-current");
      }
    }
  });
}
