import { FormGroup, Switch } from "@patternfly/react-core";
import { FieldError } from "../shared/FieldError";

interface Props {
  /** The switch's id and test id. */
  id: string;
  /** The API's name of the field, for its error. */
  field: string;
  label: string;
  onText: string;
  offText: string;
  isChecked: boolean;
  isDisabled: boolean;
  onChange: (checked: boolean) => void;
  errors: Record<string, string>;
}

/** One on/off setting of the configuration form, with the API's error for it underneath. */
export function SwitchField({ id, field, label, onText, offText, isChecked, isDisabled, onChange, errors }: Props) {
  return (
    <FormGroup label={label} fieldId={id} hasNoPaddingTop>
      <Switch
        id={id}
        data-testid={id}
        label={onText}
        labelOff={offText}
        isChecked={isChecked}
        isDisabled={isDisabled}
        onChange={(_event, checked) => onChange(checked)}
      />
      <FieldError field={field} errors={errors} />
    </FormGroup>
  );
}
