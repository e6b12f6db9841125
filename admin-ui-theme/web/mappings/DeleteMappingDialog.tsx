import { Text, TextContent } from "@patternfly/react-core";
import type { Mapping, MappingsApi } from "../api/mappings";
import { useScreen } from "../shared/ScreenContext";
import { ConfirmDeletion } from "../shared/ConfirmDeletion";
import { useMessages } from "../i18n/MessagesContext";

interface Props {
  mappings: MappingsApi;
  mapping: Mapping;
  onClose: (deleted: boolean) => void;
}

/** Says what deleting a mapping does: its roles are taken back, nothing else is touched. */
export function DeleteMappingDialog({ mappings, mapping, onClose }: Props) {
  const { realm } = useScreen();
  const { t } = useMessages();

  return (
    <ConfirmDeletion
      name={mapping.name}
      remove={() => mappings.remove(realm, mapping.id)}
      deletedNotice={t("kcscim.deleteMapping.deleted", { name: mapping.name })}
      failedTitle={t("kcscim.deleteMapping.failed")}
      onClose={onClose}
    >
      <TextContent data-testid="kcscim-delete-consequences" data-loaded="true">
        <Text component="p">{t("kcscim.deleteMapping.consequences", { count: mapping.groups.length })}</Text>
      </TextContent>
    </ConfirmDeletion>
  );
}
