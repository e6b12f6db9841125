import { useEffect, useState } from "react";
import { FormGroup, HelperText, HelperTextItem, List, ListItem, Spinner, Text, TextContent } from "@patternfly/react-core";
import type { MappingInput, MappingPreview, MappingsApi } from "../api/mappings";
import { meansLabel } from "../api/mappings";
import { useScreen } from "../shared/ScreenContext";

const TYPING_PAUSE_MS = 400;

type State =
  | { state: "incomplete" }
  | { state: "loading" }
  | { state: "ready"; preview: MappingPreview }
  | { state: "invalid"; message: string };

/** The live effect of the mapping being edited, from the preview endpoint: who gets which role where. */
export function MappingPreviewPanel({ mappings, input }: { mappings: MappingsApi; input: MappingInput }) {
  const { realm } = useScreen();
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
    <FormGroup label="Effect" fieldId="kcscim-preview">
      <div id="kcscim-preview" data-testid="kcscim-preview" data-state={state.state} aria-live="polite">
        {state.state === "incomplete" && (
          <HelperText>
            <HelperTextItem>Choose groups, accounts, roles and a sign-in means to see who gets what.</HelperTextItem>
          </HelperText>
        )}
        {state.state === "loading" && <Spinner size="md" aria-label="Computing the effect" />}
        {state.state === "invalid" && (
          <HelperText>
            <HelperTextItem variant="error">{state.message}</HelperTextItem>
          </HelperText>
        )}
        {state.state === "ready" && (
          <TextContent>
            <Text component="p" data-testid="kcscim-preview-summary">
              {state.preview.members} {state.preview.members === 1 ? "member" : "members"} of{" "}
              {state.preview.groups.map((group) => `${group.name} (${group.members})`).join(", ")} get:
            </Text>
            <List>
              {state.preview.grants.map((grant) => (
                <ListItem key={`${grant.account}/${grant.role}`} data-testid="kcscim-preview-grant">
                  {grant.role} in {grant.account}: {grant.client ? `role ${grant.roleName} of client ${grant.client}` : `realm role ${grant.roleName}`}
                </ListItem>
              ))}
            </List>
            <Text component="p">Sign-in: {state.preview.means.map((means) => meansLabel(means)).join(" or ")}.</Text>
          </TextContent>
        )}
      </div>
    </FormGroup>
  );
}
