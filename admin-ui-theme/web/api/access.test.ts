import { afterEach, describe, expect, it } from "vitest";
import { loadRealmAccess } from "./access";
import { ApiError, type AdminApi } from "./adminApi";
import { adoptConsoleLocale, consoleMessages } from "../i18n/consoleLocale";

function apiAnswering(whoami: object): AdminApi {
  return {
    loginRealm: "master",
    get: async (path: string) => (path.includes("/whoami") ? whoami : [{ realm: "brand-a" }]),
  } as unknown as AdminApi;
}

function forbidden(): Promise<ApiError> {
  return ApiError.of(new Response("{}", { status: 403 }));
}

describe("the console's language, from whoami", () => {
  afterEach(() => adoptConsoleLocale(undefined));

  it("is the locale whoami reports, for the screens and for code outside React", async () => {
    const access = await loadRealmAccess(apiAnswering({ locale: "de", realm_access: { "brand-a": ["view-realm"] } }), "brand-a");
    expect(access.locale).toBe("de");
    expect(consoleMessages().language).toBe("de");
    expect((await forbidden()).message).toBe("Sie haben keine Berechtigung für diese Aktion.");
  });

  it("is English when whoami names none", async () => {
    const access = await loadRealmAccess(apiAnswering({ realm_access: {} }), "brand-a");
    expect(access.locale).toBe("en");
    expect(consoleMessages().language).toBe("en");
    expect((await forbidden()).message).toBe("You do not have permission to do this.");
  });
});
