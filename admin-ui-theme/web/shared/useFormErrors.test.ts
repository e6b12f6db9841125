import { describe, expect, it } from "vitest";
import { ApiError } from "../api/adminApi";
import { sortSaveError } from "./useFormErrors";

const FIELDS = ["name", "accounts"];

describe("a failed save as a form dialog shows it", () => {
  it("puts field errors under the form's fields, with no problem line", () => {
    const error = new ApiError(400, "1 invalid field", { name: "Is required" });
    expect(sortSaveError(error, FIELDS)).toEqual({ fieldErrors: { name: "Is required" }, problem: null });
  });

  it("says errors about fields the form does not show in the problem line", () => {
    const error = new ApiError(400, "2 invalid fields", { name: "Is required", color: "Unknown", size: "Too big" });
    expect(sortSaveError(error, FIELDS)).toEqual({
      fieldErrors: { name: "Is required", color: "Unknown", size: "Too big" },
      problem: "color: Unknown; size: Too big",
    });
  });

  it("shows any other error as the problem line alone, leaving the field errors as they are", () => {
    expect(sortSaveError(new ApiError(409, "Name already used", {}), FIELDS)).toEqual({ fieldErrors: null, problem: "Name already used" });
    expect(sortSaveError(new Error("Network down"), FIELDS)).toEqual({ fieldErrors: null, problem: "Network down" });
  });
});
