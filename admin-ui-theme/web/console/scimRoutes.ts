/**
 * The SCIM screens' routes, as data. They live in the console's own hash-route space
 * (`#/{realm}/scim/{section}`), so the console's realm selector, masthead and browser history work as for any
 * console page; the console itself answers these paths with its catch-all "not found" route, whose content
 * the SCIM screen replaces.
 */
export type ScimSection = "configurations" | "mappings";

/** `titleKey`: the navigation label's message key. */
export const SCIM_SECTIONS: readonly { section: ScimSection; titleKey: string }[] = [
  { section: "configurations", titleKey: "kcscim.nav.configurations" },
  { section: "mappings", titleKey: "kcscim.nav.mappings" },
];

export interface ScimRoute {
  realm: string;
  section: ScimSection;
}

/** The SCIM route a location hash names, or null for any other console route. */
export function parseScimRoute(hash: string): ScimRoute | null {
  const path = hash.replace(/^#/, "").split("?")[0];
  const parts = path.split("/").filter((part) => part.length > 0);
  if (parts.length < 2 || parts[1] !== "scim") {
    return null;
  }
  const section = (parts[2] ?? "configurations") as ScimSection;
  if (!SCIM_SECTIONS.some((known) => known.section === section)) {
    return null;
  }
  return { realm: decodeURIComponent(parts[0]), section };
}

/** The realm the console currently manages: the first segment of its hash route, if any. */
export function realmOfHash(hash: string): string | null {
  const first = hash.replace(/^#\/?/, "").split(/[/?]/)[0];
  return first ? decodeURIComponent(first) : null;
}

export function toScimRoute(route: ScimRoute): string {
  return `#/${encodeURIComponent(route.realm)}/scim/${route.section}`;
}
