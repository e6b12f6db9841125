import { describe, expect, it } from "vitest";
import { ApiError } from "./adminApi";

function response(status: number, body: unknown): Response {
  return new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

describe("errors of the admin API as the forms show them", () => {
  it("puts a single field error under its field", async () => {
    const error = await ApiError.of(response(400, { field: "accounts", errorMessage: "Realm 'brand-z' does not exist" }));
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ accounts: "Realm 'brand-z' does not exist" });
  });

  it("puts each of several field errors under its own field", async () => {
    const error = await ApiError.of(
      response(400, {
        errorMessage: "2 invalid fields",
        errors: [
          { field: "name", errorMessage: "Is required" },
          { field: "roles", errorMessage: "Role 'x' does not resolve in 'brand-a'" },
        ],
      }),
    );
    expect(error.message).toBe("2 invalid fields");
    expect(error.fieldErrors).toEqual({ name: "Is required", roles: "Role 'x' does not resolve in 'brand-a'" });
  });

  it("says plainly that a 403 is about permissions", async () => {
    const error = await ApiError.of(response(403, { error: "unknown_error" }));
    expect(error.message).toBe("You do not have permission to do this.");
    expect(error.fieldErrors).toEqual({});
  });

  it("keeps the status line when the body is not JSON", async () => {
    const error = await ApiError.of(new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    expect(error.message).toBe("502 Bad Gateway");
  });
});
