import { useState } from "react";
import { Alert, Button, FormSelect, FormSelectOption, Split, SplitItem, Text } from "@patternfly/react-core";
import type { Configuration, ConfigurationsApi } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";
import { useMessages } from "../i18n/MessagesContext";

interface Props {
  configurations: ConfigurationsApi;
  configuration: Configuration;
  readOnly: boolean;
  onGenerated: (configuration: Configuration) => void;
  onError: (error: unknown) => void;
}

const GRACE_PERIODS = [
  { seconds: 0, labelKey: "kcscim.keyRotation.graceNone" },
  { seconds: 3600, labelKey: "kcscim.keyRotation.graceHour" },
  { seconds: 86400, labelKey: "kcscim.keyRotation.graceDay" },
  { seconds: 604800, labelKey: "kcscim.keyRotation.graceWeek" },
];

/**
 * A stored key is never shown again (only its hash is kept), so an existing configuration offers a new key
 * instead, after a warning: the directory stops working with the old key, at once or after a grace period.
 */
export function KeyRotation({ configurations, configuration, readOnly, onGenerated, onError }: Props) {
  const { realm, notify } = useScreen();
  const { t, formatDateTime } = useMessages();
  const [confirming, setConfirming] = useState(false);
  const [grace, setGrace] = useState(0);
  const [busy, setBusy] = useState(false);

  const generate = async () => {
    setBusy(true);
    try {
      const result = await configurations.generateKey(realm, configuration.id, grace);
      notify(t("kcscim.keyRotation.generated"));
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
            {configuration.previousKeyValidUntil
              ? t("kcscim.keyRotation.hiddenPreviousValid", { until: formatDateTime(configuration.previousKeyValidUntil) })
              : t("kcscim.keyRotation.hidden")}
          </Text>
        </SplitItem>
        {!readOnly && (
          <SplitItem>
            <Button variant="secondary" data-testid="kcscim-generate" onClick={() => setConfirming(true)}>
              {t("kcscim.keyRotation.generateNew")}
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
      title={t("kcscim.keyRotation.confirmTitle")}
      data-testid="kcscim-regenerate-warning"
      actionLinks={
        <>
          <Button variant="danger" size="sm" data-testid="kcscim-generate-confirm" onClick={generate} isLoading={busy} isDisabled={busy}>
            {t("kcscim.keyRotation.generate")}
          </Button>{" "}
          <Button variant="link" size="sm" onClick={() => setConfirming(false)}>
            {t("kcscim.common.cancel")}
          </Button>
        </>
      }
    >
      <p>{t("kcscim.keyRotation.confirmBody")}</p>
      <FormSelect
        id="kcscim-grace"
        aria-label={t("kcscim.keyRotation.grace")}
        value={String(grace)}
        onChange={(_event, value) => setGrace(Number(value))}
      >
        {GRACE_PERIODS.map((period) => (
          <FormSelectOption key={period.seconds} value={String(period.seconds)} label={t(period.labelKey)} />
        ))}
      </FormSelect>
    </Alert>
  );
}
