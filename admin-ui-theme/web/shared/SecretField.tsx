import { useState } from "react";
import { Button, InputGroup, InputGroupItem, TextInput, Tooltip } from "@patternfly/react-core";
import EyeIcon from "@patternfly/react-icons/dist/esm/icons/eye-icon";
import EyeSlashIcon from "@patternfly/react-icons/dist/esm/icons/eye-slash-icon";
import CopyIcon from "@patternfly/react-icons/dist/esm/icons/copy-icon";
import { useCopy } from "./useCopy";
import { useMessages } from "../i18n/MessagesContext";

interface Props {
  id: string;
  value: string;
  label: string;
}

/** A secret shown masked until the eye is pressed, with a copy button that works either way. */
export function SecretField({ id, value, label }: Props) {
  const { t } = useMessages();
  const [revealed, setRevealed] = useState(false);
  const clipboard = useCopy();

  return (
    <InputGroup>
      <InputGroupItem isFill>
        <TextInput
          id={id}
          data-testid={`${id}-value`}
          aria-label={label}
          type={revealed ? "text" : "password"}
          value={value}
          readOnlyVariant="default"
          autoComplete="off"
        />
      </InputGroupItem>
      <InputGroupItem>
        <Button
          variant="control"
          data-testid={`${id}-reveal`}
          aria-label={t(revealed ? "kcscim.secret.hide" : "kcscim.secret.show", { label })}
          aria-pressed={revealed}
          onClick={() => setRevealed(!revealed)}
        >
          {revealed ? <EyeSlashIcon /> : <EyeIcon />}
        </Button>
      </InputGroupItem>
      <InputGroupItem>
        <Tooltip
          content={t(clipboard.tip)}
          onTooltipHidden={clipboard.reset}
        >
          <Button variant="control" data-testid={`${id}-copy`} aria-label={t("kcscim.secret.copy", { label })} onClick={() => clipboard.copy(value)}>
            <CopyIcon />
          </Button>
        </Tooltip>
      </InputGroupItem>
    </InputGroup>
  );
}
