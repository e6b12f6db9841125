import { FormGroup, FormHelperText, HelperText, HelperTextItem } from "@patternfly/react-core";
import { MultiSelect, type Choice } from "../shared/MultiSelect";

interface Props {
  /** The picker's id; its text input is `${id}-input`, which the label points at. */
  id: string;
  label: string;
  choices: Choice[];
  value: string | null;
  onChange: (value: string | null) => void;
  placeholder: string;
  typedChoice?: (text: string) => Choice | null;
  /** Shown under the picker when given. */
  help?: string;
}

/** One side of a new mapping: a labelled pick of at most one value, from the list or, when allowed, as typed. */
export function SinglePicker({ id, label, choices, value, onChange, placeholder, typedChoice, help }: Props) {
  return (
    <FormGroup label={label} fieldId={`${id}-input`}>
      <MultiSelect
        id={id}
        single
        choices={choices}
        selected={value ? [value] : []}
        onChange={(picked) => onChange(picked[0] ?? null)}
        placeholder={placeholder}
        typedChoice={typedChoice}
      />
      {help && (
        <FormHelperText>
          <HelperText>
            <HelperTextItem>{help}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );
}
