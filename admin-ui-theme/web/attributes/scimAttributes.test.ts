import { describe, expect, it } from "vitest";
import { ENTERPRISE_USER, mappableAttributes, suggestionFor } from "./scimAttributes";

const ACME = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";

describe("the mappable SCIM attributes", () => {
  it("offer no attribute Keycloak stores natively", () => {
    const paths = mappableAttributes().map((attribute) => attribute.path);
    for (const native of ["userName", "name.givenName", "name.familyName", "emails", "active", "password"]) {
      expect(paths).not.toContain(native);
    }
  });

  it("list the core and Enterprise User attributes, each once", () => {
    const paths = mappableAttributes().map((attribute) => attribute.path);
    expect(paths).toContain('phoneNumbers[type eq "work"].value');
    expect(paths).toContain('addresses[type eq "work"].postalCode');
    expect(paths).toContain(`${ENTERPRISE_USER}:department`);
    expect(paths).toContain(`${ENTERPRISE_USER}:manager.value`);
    expect(paths.length).toBe(new Set(paths).size);
    expect(paths.length).toBe(22);
  });

  it("add every attribute of the declared extensions, after the standard ones", () => {
    const attributes = mappableAttributes([
      {
        id: ACME,
        attributes: [
          { name: "employeeCostCenter", type: "string", multiValued: false, required: false, caseExact: false },
          { name: "badge_id", type: "string", multiValued: false, required: false, caseExact: true },
          { name: "badges", type: "string", multiValued: true, required: false, caseExact: false },
        ],
      },
    ]);
    expect(attributes.slice(-3)).toEqual([
      { path: `${ACME}:employeeCostCenter`, userAttribute: "employeeCostCenter", displayName: "Employee cost center" },
      { path: `${ACME}:badge_id`, userAttribute: "badge_id", displayName: "Badge id" },
      { path: `${ACME}:badges`, userAttribute: "badges", displayName: "Badges", multiValued: true },
    ]);
  });
});

describe("the suggested user-profile attribute", () => {
  it.each([
    [`${ENTERPRISE_USER}:costCenter`, "costCenter", "Cost center"],
    [`${ENTERPRISE_USER}:department`, "department", "Department"],
    [`${ENTERPRISE_USER}:manager.value`, "manager", "Manager"],
    ['phoneNumbers[type eq "work"].value', "workPhone", "Work phone"],
    ['addresses[type eq "work"].locality', "workLocality", "Work city"],
    ["profileUrl", "profileUrl", "Profile URL"],
    // Typed paths the list does not know
    ["urn:okta:custom:User:favoriteColor", "favoriteColor", "Favorite color"],
    ['phoneNumbers[type eq "fax"].value', "phoneNumbers", "Phone numbers"],
    ["x509Certificates.value", "x509Certificates", "X509 certificates"],
    ["emergencyContactURL", "emergencyContactURL", "Emergency contact URL"],
    ["cost-center", "cost-center", "Cost center"],
  ])("for %s is %s, shown as %s", (path, userAttribute, displayName) => {
    expect(suggestionFor(path)).toEqual({ path, userAttribute, displayName });
  });
});
