import { useState } from "react";
import { ApiError } from "../api/adminApi";

/**
 * Sorts an error from saving a form: with field errors, each goes under its field and those about fields the
 * form does not show make one problem line; any other error is the problem line alone (`fieldErrors` null).
 */
export function sortSaveError(error: unknown, fields: readonly string[]): { fieldErrors: Record<string, string> | null; problem: string | null } {
  if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
    const elsewhere = Object.entries(error.fieldErrors).filter(([field]) => !fields.includes(field));
    return {
      fieldErrors: error.fieldErrors,
      problem: elsewhere.length > 0 ? elsewhere.map(([field, message]) => `${field}: ${message}`).join("; ") : null,
    };
  }
  return { fieldErrors: null, problem: (error as Error).message };
}

/** What the API found wrong when a form dialog saved: a message per field and a problem line for the rest. */
export function useFormErrors(fields: readonly string[]) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const showError = (error: unknown) => {
    const sorted = sortSaveError(error, fields);
    if (sorted.fieldErrors) {
      setErrors(sorted.fieldErrors);
    }
    setProblem(sorted.problem);
  };

  // An edited field's message goes; the others stay until the next save.
  const clearField = (field: string) =>
    setErrors((current) => {
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });

  return {
    errors,
    problem,
    showError,
    clearField,
    clearErrors: () => setErrors({}),
    clearProblem: () => setProblem(null),
  };
}
