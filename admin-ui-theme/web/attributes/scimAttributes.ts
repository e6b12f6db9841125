import type { SchemaExtension } from "../api/configurations";

/**
 * The SCIM attributes an administrator may map to user-profile attributes (issue 15), and what a new
 * user-profile attribute for each should be called. Pure data and functions: no React, no API.
 */
export interface ScimAttribute {
  /** The path the mapping stores, as the directory writes it. */
  path: string;
  /** The user-profile attribute a mapping suggests. */
  userAttribute: string;
  /** The suggested attribute's display name in the user profile. */
  displayName: string;
  /** A declared extension's list of values: only a multivalued user-profile attribute keeps it whole. */
  multiValued?: boolean;
}

export const ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

// Display names are English: they are stored once in the realm's user profile, for every administrator, and the
// Attributes tab lets the one adding an attribute change it (or Keycloak's localization can replace it later).
const CORE: ScimAttribute[] = [
  { path: "title", userAttribute: "title", displayName: "Job title" },
  { path: "nickName", userAttribute: "nickName", displayName: "Nickname" },
  { path: "displayName", userAttribute: "displayName", displayName: "Display name" },
  { path: "profileUrl", userAttribute: "profileUrl", displayName: "Profile URL" },
  { path: "userType", userAttribute: "userType", displayName: "User type" },
  { path: "preferredLanguage", userAttribute: "preferredLanguage", displayName: "Preferred language" },
  { path: "locale", userAttribute: "locale", displayName: "Locale" },
  { path: "timezone", userAttribute: "timezone", displayName: "Time zone" },
  { path: "externalId", userAttribute: "externalId", displayName: "External ID" },
  { path: 'phoneNumbers[type eq "work"].value', userAttribute: "workPhone", displayName: "Work phone" },
  { path: 'phoneNumbers[type eq "mobile"].value', userAttribute: "mobilePhone", displayName: "Mobile phone" },
  { path: 'addresses[type eq "work"].streetAddress', userAttribute: "workStreetAddress", displayName: "Work street address" },
  { path: 'addresses[type eq "work"].locality', userAttribute: "workLocality", displayName: "Work city" },
  { path: 'addresses[type eq "work"].region', userAttribute: "workRegion", displayName: "Work region" },
  { path: 'addresses[type eq "work"].postalCode', userAttribute: "workPostalCode", displayName: "Work postal code" },
  { path: 'addresses[type eq "work"].country', userAttribute: "workCountry", displayName: "Work country" },
];

const ENTERPRISE: ScimAttribute[] = [
  { path: `${ENTERPRISE_USER}:employeeNumber`, userAttribute: "employeeNumber", displayName: "Employee number" },
  { path: `${ENTERPRISE_USER}:costCenter`, userAttribute: "costCenter", displayName: "Cost center" },
  { path: `${ENTERPRISE_USER}:organization`, userAttribute: "organization", displayName: "Organization" },
  { path: `${ENTERPRISE_USER}:division`, userAttribute: "division", displayName: "Division" },
  { path: `${ENTERPRISE_USER}:department`, userAttribute: "department", displayName: "Department" },
  // The manager's SCIM id: what the directory sends, not a name
  { path: `${ENTERPRISE_USER}:manager.value`, userAttribute: "manager", displayName: "Manager" },
];

/**
 * Every attribute offered for mapping: the core and Enterprise User attributes that have no native Keycloak
 * field, then each attribute of the configuration's declared extensions as `<urn>:<name>`.
 */
export function mappableAttributes(extensions: readonly SchemaExtension[] = []): ScimAttribute[] {
  const declared = extensions.flatMap((extension) =>
    extension.attributes.map((attribute) => ({
      ...suggestionFor(`${extension.id}:${attribute.name}`),
      ...(attribute.multiValued ? { multiValued: true } : {}),
    })),
  );
  return [...CORE, ...ENTERPRISE, ...declared];
}

/**
 * The suggestion for any path, typed ones included: the listed one when known, otherwise derived from the path's
 * last attribute name (`urn:…:User:employeeCostCenter` → `employeeCostCenter`, "Employee cost center").
 */
export function suggestionFor(path: string): ScimAttribute {
  const known = [...CORE, ...ENTERPRISE].find((attribute) => attribute.path === path);
  if (known) {
    return known;
  }
  const name = lastAttributeName(path);
  return { path, userAttribute: name, displayName: sentenceOf(name) };
}

/**
 * The attribute a path ends in, made a valid user-profile attribute name: value filters are dropped, a
 * trailing `.value` names its parent (as `manager.value` does), an extension URN is cut at its last colon.
 */
function lastAttributeName(path: string): string {
  const withoutFilters = path.replace(/\[[^\]]*\]/g, "");
  const afterUrn = withoutFilters.slice(withoutFilters.lastIndexOf(":") + 1);
  const parts = afterUrn.split(".").filter((part) => part !== "");
  const meaningful = parts.length > 1 && parts[parts.length - 1] === "value" ? parts.slice(0, -1) : parts;
  const joined = meaningful
    .map((part, index) => (index === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join("");
  return joined.replace(/[^A-Za-z0-9_-]/g, "");
}

/** `employeeCostCenter`, `cost_center` or `cost-center` as "Employee cost center" / "Cost center". */
function sentenceOf(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter((word) => word !== "")
    // An acronym (URL, ID) keeps its capitals
    .map((word) => (word === word.toUpperCase() ? word : word.toLowerCase()));
  if (words.length === 0) {
    return name;
  }
  return [words[0].charAt(0).toUpperCase() + words[0].slice(1), ...words.slice(1)].join(" ");
}
