import { useEffect, useState } from "react";
import { FormGroup, HelperText, HelperTextItem, List, ListItem, Spinner, Text, TextContent } from "@patternfly/react-core";
import type { MappingInput, MappingPreview, MappingsApi } from "../api/mappings";
import { useScreen } from "../shared/ScreenContext";
import { useMessages } from "../i18n/MessagesContext";
import type { Translate } from "../i18n/Messages";
import { meansLabel } from "./meansLabel";

const TYPING_PAUSE_MS = 400;

type State =
  | { state: "incomplete" }
  | { state: "loading" }
  | { state: "ready"; preview: MappingPreview }
  | { state: "invalid"; message: string };

/** The live effect of the mapping being edited, from the preview endpoint: who gets which role where. */
export function MappingPreviewPanel({ mappings, input }: { mappings: MappingsApi; input: MappingInput }) {
  const { realm } = useScreen();
  const { t } = useMessages();
  const [state, setState] = useState<State>({ state: "incomplete" });
  const key = JSON.stringify({ ...input, name: input.name || "preview" });

  useEffect(() => {
    const body: MappingInput = JSON.parse(key);
    if (!body.configurationId || body.groups.length === 0 || body.roles.length === 0 || body.accounts.length === 0 || body.means.length === 0) {
      setState({ state: "incomplete" });
      return;
    }
    let current = true;
    setState({ state: "loading" });
    const timer = window.setTimeout(() => {
      mappings
        .preview(realm, body)
        .then((preview) => current && setState({ state: "ready", preview }))
        .catch((error: Error) => current && setState({ state: "invalid", message: error.message }));
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [mappings, realm, key]);

  return (
    <FormGroup label={t("kcscim.preview.label")} fieldId="kcscim-preview">
      <div id="kcscim-preview" data-testid="kcscim-preview" data-state={state.state} aria-live="polite">
        {state.state === "incomplete" && (
          <HelperText>
            <HelperTextItem>{t("kcscim.preview.incomplete")}</HelperTextItem>
          </HelperText>
        )}
        {state.state === "loading" && <Spinner size="md" aria-label={t("kcscim.preview.computing")} />}
        {state.state === "invalid" && (
          <HelperText>
            <HelperTextItem variant="error">{state.message}</HelperTextItem>
          </HelperText>
        )}
        {state.state === "ready" && (
          <TextContent>
            <Text component="p" data-testid="kcscim-preview-summary">
              {t("kcscim.preview.summary", {
                count: state.preview.members,
                groups: state.preview.groups.map((group) => t("kcscim.preview.group", { name: group.name, members: group.members })).join(", "),
              })}
            </Text>
            <List>
              {state.preview.grants.map((grant) => (
                <ListItem key={`${grant.account}/${grant.role}`} data-testid="kcscim-preview-grant">
                  {grant.client
                    ? t("kcscim.preview.clientGrant", { role: grant.role, account: grant.account, roleName: grant.roleName, client: grant.client })
                    : t("kcscim.preview.realmGrant", { role: grant.role, account: grant.account, roleName: grant.roleName })}
                </ListItem>
              ))}
            </List>
            <Text component="p">{t("kcscim.preview.means", { means: alternatives(t, state.preview.means.map((means) => meansLabel(t, means))) })}</Text>
          </TextContent>
        )}
      </div>
    </FormGroup>
  );
}

/** "A or B or C": each language says "or" its own way, so the words join through a message, pair by pair. */
function alternatives(t: Translate, labels: string[]): string {
  return labels.length === 0 ? "" : labels.reduce((joined, label) => t("kcscim.preview.or", { first: joined, second: label }));
}
