import { Text, TextContent } from "@patternfly/react-core";
import type { Mapping, MappingsApi } from "../api/mappings";
import { useScreen } from "../shared/ScreenContext";
import { ConfirmDeletion } from "../shared/ConfirmDeletion";

interface Props {
  mappings: MappingsApi;
  mapping: Mapping;
  onClose: (deleted: boolean) => void;
}

/** Says what deleting a mapping does: its roles are taken back, nothing else is touched. */
export function DeleteMappingDialog({ mappings, mapping, onClose }: Props) {
  const { realm } = useScreen();

  return (
    <ConfirmDeletion
      name={mapping.name}
      remove={() => mappings.remove(realm, mapping.id)}
      deletedNotice={`Mapping "${mapping.name}" deleted`}
      failedTitle="The mapping was not deleted"
      onClose={onClose}
    >
      <TextContent data-testid="kcscim-delete-consequences" data-loaded="true">
        <Text component="p">
          The roles this mapping granted to its {mapping.groups.length === 1 ? "group" : `${mapping.groups.length} groups`} are
          taken back at once, unless another mapping grants them too; roles granted by hand stay. The groups, their members and
          the configuration stay.
        </Text>
      </TextContent>
    </ConfirmDeletion>
  );
}
