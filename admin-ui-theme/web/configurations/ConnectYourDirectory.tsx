import { useState } from "react";
import {
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  FlexItem,
  Tab,
  Tabs,
  TabTitleText,
  Title,
  Tooltip,
} from "@patternfly/react-core";
import CopyIcon from "@patternfly/react-icons/dist/esm/icons/copy-icon";
import { useCopy } from "../shared/useCopy";
import { useMessages } from "../i18n/MessagesContext";

interface Props {
  scimBaseUrl: string;
  /** The key just generated: shown masked here, copied in full. */
  apiKey: string;
}

/** One field of the directory's form: its name there, and what to enter. */
interface PasteValue {
  field: string;
  label: string;
  value: string;
  /** What the screen shows instead of the value (a secret stays masked; the copy button copies the value). */
  shown?: string;
  /** A value chosen in the directory's form, not typed: nothing to copy. */
  choose?: boolean;
}

const MASK = "••••••••••••";

/**
 * Right after a key is generated, the exact values to enter into Microsoft Entra ID and into Okta, field by field
 * under the names those consoles use, each with a copy button: the first connection needs nothing else.
 */
export function ConnectYourDirectory({ scimBaseUrl, apiKey }: Props) {
  const { t } = useMessages();
  const [tab, setTab] = useState<string | number>("entra");

  const entra: PasteValue[] = [
    { field: "tenantUrl", label: t("kcscim.connect.entra.tenantUrl"), value: scimBaseUrl },
    { field: "secretToken", label: t("kcscim.connect.entra.secretToken"), value: apiKey, shown: MASK },
  ];
  const okta: PasteValue[] = [
    { field: "baseUrl", label: t("kcscim.connect.okta.baseUrl"), value: scimBaseUrl },
    { field: "uniqueIdentifier", label: t("kcscim.connect.okta.uniqueIdentifier"), value: "userName" },
    {
      field: "provisioningActions",
      label: t("kcscim.connect.okta.provisioningActions"),
      value: t("kcscim.connect.okta.provisioningActionsValue"),
      choose: true,
    },
    { field: "authenticationMode", label: t("kcscim.connect.okta.authenticationMode"), value: "HTTP Header", choose: true },
    { field: "authorization", label: t("kcscim.connect.okta.authorization"), value: `Bearer ${apiKey}`, shown: `Bearer ${MASK}` },
  ];

  return (
    <section aria-labelledby="kcscim-connect-title" data-testid="kcscim-connect">
      <Title headingLevel="h2" size="md" id="kcscim-connect-title">
        {t("kcscim.connect.title")}
      </Title>
      <Tabs activeKey={tab} onSelect={(_event, key) => setTab(key)} aria-label={t("kcscim.connect.title")} isBox={false}>
        <Tab eventKey="entra" title={<TabTitleText>Microsoft Entra ID</TabTitleText>} data-testid="kcscim-connect-entra-tab">
          <p className="pf-v5-u-my-sm">{t("kcscim.connect.entra.where")}</p>
          <Values directory="entra" values={entra} />
        </Tab>
        <Tab eventKey="okta" title={<TabTitleText>Okta</TabTitleText>} data-testid="kcscim-connect-okta-tab">
          <p className="pf-v5-u-my-sm">{t("kcscim.connect.okta.where")}</p>
          <Values directory="okta" values={okta} />
        </Tab>
      </Tabs>
    </section>
  );
}

function Values({ directory, values }: { directory: string; values: PasteValue[] }) {
  return (
    <DescriptionList isHorizontal isCompact data-testid={`kcscim-connect-${directory}`}>
      {values.map((value) => (
        <DescriptionListGroup key={value.field}>
          <DescriptionListTerm>{value.label}</DescriptionListTerm>
          <DescriptionListDescription>
            <Flex spaceItems={{ default: "spaceItemsSm" }} alignItems={{ default: "alignItemsCenter" }} flexWrap={{ default: "nowrap" }}>
              <FlexItem className="kcscim-paste-value">
                <code data-testid={`kcscim-connect-${directory}-${value.field}`}>{value.shown ?? value.value}</code>
              </FlexItem>
              {!value.choose && (
                <FlexItem>
                  <CopyButton label={value.label} value={value.value} testId={`kcscim-connect-${directory}-${value.field}-copy`} />
                </FlexItem>
              )}
            </Flex>
          </DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
}

function CopyButton({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useMessages();
  const clipboard = useCopy();
  return (
    <Tooltip content={t(clipboard.tip)} onTooltipHidden={clipboard.reset}>
      <Button variant="plain" aria-label={t("kcscim.secret.copy", { label })} data-testid={testId} onClick={() => clipboard.copy(value)}>
        <CopyIcon />
      </Button>
    </Tooltip>
  );
}
