import { FormHelperText, HelperText, HelperTextItem } from "@patternfly/react-core";

/** The API's message for one field, under that field; nothing when the field is fine. */
export function FieldError({ field, errors }: { field: string; errors: Record<string, string> }) {
  const message = errors[field];
  if (!message) {
    return null;
  }
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant="error" data-testid={`error-${field}`}>
          {message}
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

export function validatedOf(field: string, errors: Record<string, string>): "default" | "error" {
  return errors[field] ? "error" : "default";
}
