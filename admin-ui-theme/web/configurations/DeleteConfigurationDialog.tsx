import { useEffect, useState } from "react";
import { Alert, Button, Modal, Text, TextContent } from "@patternfly/react-core";
import type { Configuration, ConfigurationsApi } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";

interface Props {
  configurations: ConfigurationsApi;
  configuration: Configuration;
  onClose: (deleted: boolean) => void;
}

/** Says what a deletion does before doing it: the key, the mappings and their roles go; people and groups stay. */
export function DeleteConfigurationDialog({ configurations, configuration, onClose }: Props) {
  const { realm, notify } = useScreen();
  // undefined while counting; null when the count failed (the generic sentence then stands)
  const [mappings, setMappings] = useState<number | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    configurations
      .mappingCount(realm, configuration.id)
      .then(setMappings)
      .catch(() => setMappings(null));
  }, [configurations, realm, configuration.id]);

  const remove = async () => {
    setBusy(true);
    try {
      await configurations.remove(realm, configuration.id);
      notify(`Configuration "${configuration.name}" deleted`);
      onClose(true);
    } catch (error) {
      setProblem((error as Error).message);
      setBusy(false);
    }
  };

  const mappingsText =
    mappings === 0
      ? "finds no mappings to delete, so no roles are taken back;"
      : `deletes its ${mappings === null || mappings === undefined ? "" : mappings === 1 ? "1 " : `${mappings} `}mapping${mappings === 1 ? "" : "s"} and takes back the roles ${mappings === 1 ? "it" : "they"} granted to its groups;`;

  return (
    <Modal
      variant="small"
      titleIconVariant="warning"
      title={`Delete ${configuration.name}?`}
      isOpen
      onClose={() => onClose(false)}
      data-testid="kcscim-delete-dialog"
      actions={[
        <Button key="delete" variant="danger" data-testid="kcscim-delete-confirm" onClick={remove} isLoading={busy} isDisabled={busy}>
          Delete
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose(false)}>
          Cancel
        </Button>,
      ]}
    >
      {problem && (
        <Alert variant="danger" isInline title="The configuration was not deleted" className="pf-v5-u-mb-md">
          {problem}
        </Alert>
      )}
      <TextContent data-testid="kcscim-delete-consequences" data-loaded={mappings !== undefined}>
        <Text component="p">Deleting this configuration:</Text>
        <ul>
          <li>stops its API key at once: the directory can no longer provision anything;</li>
          <li>{mappingsText}</li>
          <li>
            keeps the users and groups it provisioned in Keycloak, with their memberships; sign-in enforcement no
            longer applies to them, and a configuration created later in this realm takes them over when its
            directory sends them again.
          </li>
        </ul>
      </TextContent>
    </Modal>
  );
}
