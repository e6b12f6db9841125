import { useState } from "react";
import { Button, InputGroup, InputGroupItem, TextInput, Tooltip } from "@patternfly/react-core";
import EyeIcon from "@patternfly/react-icons/dist/esm/icons/eye-icon";
import EyeSlashIcon from "@patternfly/react-icons/dist/esm/icons/eye-slash-icon";
import CopyIcon from "@patternfly/react-icons/dist/esm/icons/copy-icon";
import { copyText } from "./copyText";

interface Props {
  id: string;
  value: string;
  label: string;
}

/** A secret shown masked until the eye is pressed, with a copy button that works either way. */
export function SecretField({ id, value, label }: Props) {
  const [revealed, setRevealed] = useState(false);
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");

  const copy = async () => {
    try {
      await copyText(value);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };

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
          aria-label={revealed ? `Hide ${label}` : `Show ${label}`}
          aria-pressed={revealed}
          onClick={() => setRevealed(!revealed)}
        >
          {revealed ? <EyeSlashIcon /> : <EyeIcon />}
        </Button>
      </InputGroupItem>
      <InputGroupItem>
        <Tooltip
          content={copied === "yes" ? "Copied to clipboard" : copied === "failed" ? "Copy failed: reveal and copy by hand" : "Copy to clipboard"}
          onTooltipHidden={() => setCopied("no")}
        >
          <Button variant="control" data-testid={`${id}-copy`} aria-label={`Copy ${label}`} onClick={copy}>
            <CopyIcon />
          </Button>
        </Tooltip>
      </InputGroupItem>
    </InputGroup>
  );
}
