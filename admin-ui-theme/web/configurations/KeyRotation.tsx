import { useState } from "react";
import { Alert, Button, FormSelect, FormSelectOption, Split, SplitItem, Text } from "@patternfly/react-core";
import type { Configuration, ConfigurationsApi } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";

interface Props {
  configurations: ConfigurationsApi;
  configuration: Configuration;
  readOnly: boolean;
  onGenerated: (configuration: Configuration) => void;
  onError: (error: unknown) => void;
}

const GRACE_PERIODS = [
  { seconds: 0, label: "Stops working at once" },
  { seconds: 3600, label: "Keeps working for 1 hour" },
  { seconds: 86400, label: "Keeps working for 1 day" },
  { seconds: 604800, label: "Keeps working for 7 days" },
];

/**
 * A stored key is never shown again (only its hash is kept), so an existing configuration offers a new key
 * instead, after a warning: the directory stops working with the old key, at once or after a grace period.
 */
export function KeyRotation({ configurations, configuration, readOnly, onGenerated, onError }: Props) {
  const { realm, notify } = useScreen();
  const [confirming, setConfirming] = useState(false);
  const [grace, setGrace] = useState(0);
  const [busy, setBusy] = useState(false);

  const generate = async () => {
    setBusy(true);
    try {
      const result = await configurations.generateKey(realm, configuration.id, grace);
      notify("New API key generated");
      setConfirming(false);
      onGenerated(result);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <Split hasGutter>
        <SplitItem isFilled>
          <Text component="p" data-testid="kcscim-key-hidden">
            The key cannot be shown again.
            {configuration.previousKeyValidUntil && ` The previous key works until ${new Date(configuration.previousKeyValidUntil).toLocaleString()}.`}
          </Text>
        </SplitItem>
        {!readOnly && (
          <SplitItem>
            <Button variant="secondary" data-testid="kcscim-generate" onClick={() => setConfirming(true)}>
              Generate new key
            </Button>
          </SplitItem>
        )}
      </Split>
    );
  }
  return (
    <Alert
      variant="warning"
      isInline
      title="Generate a new API key?"
      data-testid="kcscim-regenerate-warning"
      actionLinks={
        <>
          <Button variant="danger" size="sm" data-testid="kcscim-generate-confirm" onClick={generate} isLoading={busy} isDisabled={busy}>
            Generate
          </Button>{" "}
          <Button variant="link" size="sm" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      }
    >
      <p>The directory must then be given the new key. The current key:</p>
      <FormSelect
        id="kcscim-grace"
        aria-label="What happens to the current key"
        value={String(grace)}
        onChange={(_event, value) => setGrace(Number(value))}
      >
        {GRACE_PERIODS.map((period) => (
          <FormSelectOption key={period.seconds} value={String(period.seconds)} label={period.label} />
        ))}
      </FormSelect>
    </Alert>
  );
}
