import { describe, expect, it } from "vitest";
import { parseScimRoute, realmOfHash, toScimRoute } from "./scimRoutes";

describe("SCIM routes in the console's hash", () => {
  it.each([
    ["#/master/scim/configurations", { realm: "master", section: "configurations" }],
    ["#/brand-a/scim/mappings", { realm: "brand-a", section: "mappings" }],
    ["#/brand-a/scim", { realm: "brand-a", section: "configurations" }],
    ["#/my%20realm/scim/configurations", { realm: "my realm", section: "configurations" }],
  ])("%s is a SCIM route", (hash, expected) => {
    expect(parseScimRoute(hash)).toEqual(expected);
  });

  it.each(["", "#/", "#/master", "#/master/users", "#/master/scim/unknown", "#/scim/configurations"])(
    "%s is not",
    (hash) => {
      expect(parseScimRoute(hash)).toBeNull();
    },
  );

  it("round-trips a route", () => {
    const route = { realm: "a b", section: "mappings" as const };
    expect(parseScimRoute(toScimRoute(route))).toEqual(route);
  });

  it("reads the managed realm of any console route", () => {
    expect(realmOfHash("#/brand-a/users/123/settings")).toBe("brand-a");
    expect(realmOfHash("#/")).toBeNull();
  });
});
