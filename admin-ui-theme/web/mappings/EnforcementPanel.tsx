import { useCallback, useEffect, useMemo, useState } from "react";
import { Alert, Button, ExpandableSection, Label, List, ListItem, Spinner } from "@patternfly/react-core";
import { EnforcementApi, type EnforcementState } from "../api/enforcement";
import { useScreen } from "../shared/ScreenContext";
import { useMessages } from "../i18n/MessagesContext";

type Panel = { state: "loading" } | { state: "failed"; message: string } | { state: "loaded"; enforcement: EnforcementState };

/**
 * Whether the realm's sign-in flows enforce the mappings' means, flow by flow, with the idempotent Install
 * action for administrators who may manage the realm. Mappings without enforcement still grant roles, but
 * do not restrict how their members sign in; this panel is where that shows.
 */
export function EnforcementPanel() {
  const { api, realm, access, notify } = useScreen();
  const { t } = useMessages();
  const enforcementApi = useMemo(() => new EnforcementApi(api), [api]);
  const [panel, setPanel] = useState<Panel>({ state: "loading" });
  const [busy, setBusy] = useState(false);
  const [expanded, setExpanded] = useState(false);

  const load = useCallback(async () => {
    try {
      setPanel({ state: "loaded", enforcement: await enforcementApi.state(realm) });
    } catch (error) {
      setPanel({ state: "failed", message: (error as Error).message });
    }
  }, [enforcementApi, realm]);

  useEffect(() => {
    void load();
  }, [load]);

  const install = async () => {
    setBusy(true);
    try {
      const result = await enforcementApi.install(realm);
      const changed = result.changes?.length ?? 0;
      notify(changed === 0 ? t("kcscim.enforcement.alreadyInstalled") : t("kcscim.enforcement.installedIn", { count: changed }));
      setPanel({ state: "loaded", enforcement: result });
    } catch (error) {
      notify((error as Error).message, "danger");
    } finally {
      setBusy(false);
    }
  };

  if (panel.state === "loading") {
    return <Spinner size="md" aria-label={t("kcscim.enforcement.loading")} className="pf-v5-u-m-md" />;
  }
  if (panel.state === "failed") {
    return (
      <Alert variant="danger" isInline title={t("kcscim.enforcement.loadFailed")} className="pf-v5-u-m-md">
        {panel.message}
      </Alert>
    );
  }
  const { enforcement } = panel;
  const missing = enforcement.bindings.filter((binding) => !binding.enforced);
  return (
    <Alert
      variant={enforcement.enforced ? "success" : "warning"}
      isInline
      className="pf-v5-u-m-md"
      data-testid="kcscim-enforcement"
      data-enforced={enforcement.enforced}
      title={
        enforcement.enforced
          ? t("kcscim.enforcement.installed")
          : t("kcscim.enforcement.missing", { missing: missing.length, total: enforcement.bindings.length })
      }
      actionLinks={
        !enforcement.enforced && access.canManage ? (
          <Button variant="primary" size="sm" data-testid="kcscim-enforcement-install" onClick={install} isLoading={busy} isDisabled={busy}>
            {t("kcscim.enforcement.install")}
          </Button>
        ) : undefined
      }
    >
      <ExpandableSection
        toggleText={t(expanded ? "kcscim.enforcement.hideFlows" : "kcscim.enforcement.showFlows")}
        isExpanded={expanded}
        onToggle={(_event, open) => setExpanded(open)}
      >
        <List isPlain>
          {enforcement.bindings.map((binding) => (
            <ListItem key={binding.binding} data-testid="kcscim-enforcement-binding">
              <Label isCompact color={binding.enforced ? "green" : "orange"}>
                {t(binding.enforced ? "kcscim.enforcement.enforced" : "kcscim.enforcement.notEnforced")}
              </Label>{" "}
              {t("kcscim.enforcement.binding", { binding: binding.binding, flow: binding.flow ?? t("kcscim.enforcement.noFlow") })}
            </ListItem>
          ))}
        </List>
      </ExpandableSection>
    </Alert>
  );
}
