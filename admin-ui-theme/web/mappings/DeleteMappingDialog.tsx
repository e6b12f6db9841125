import { useState } from "react";
import { Alert, Button, Modal, Text, TextContent } from "@patternfly/react-core";
import type { Mapping, MappingsApi } from "../api/mappings";
import { useScreen } from "../shared/ScreenContext";

interface Props {
  mappings: MappingsApi;
  mapping: Mapping;
  onClose: (deleted: boolean) => void;
}

/** Says what deleting a mapping does: its roles are taken back, nothing else is touched. */
export function DeleteMappingDialog({ mappings, mapping, onClose }: Props) {
  const { realm, notify } = useScreen();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    try {
      await mappings.remove(realm, mapping.id);
      notify(`Mapping "${mapping.name}" deleted`);
      onClose(true);
    } catch (error) {
      setProblem((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal
      variant="small"
      titleIconVariant="warning"
      title={`Delete ${mapping.name}?`}
      isOpen
      onClose={() => onClose(false)}
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
        <Alert variant="danger" isInline title="The mapping was not deleted" className="pf-v5-u-mb-md">
          {problem}
        </Alert>
      )}
      <TextContent data-testid="kcscim-delete-consequences" data-loaded="true">
        <Text component="p">
          The roles this mapping granted to its {mapping.groups.length === 1 ? "group" : `${mapping.groups.length} groups`} are
          taken back at once, unless another mapping grants them too; roles granted by hand stay. The groups, their members and
          the configuration stay.
        </Text>
      </TextContent>
    </Modal>
  );
}
