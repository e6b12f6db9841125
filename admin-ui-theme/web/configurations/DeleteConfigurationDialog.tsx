import { useEffect, useState } from "react";
import { Text, TextContent } from "@patternfly/react-core";
import type { Configuration, ConfigurationsApi } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";
import { ConfirmDeletion } from "../shared/ConfirmDeletion";
import { useMessages } from "../i18n/MessagesContext";

interface Props {
  configurations: ConfigurationsApi;
  configuration: Configuration;
  onClose: (deleted: boolean) => void;
}

/** Says what a deletion does before doing it: the key, the mappings and their roles go; people and groups stay. */
export function DeleteConfigurationDialog({ configurations, configuration, onClose }: Props) {
  const { realm } = useScreen();
  const { t } = useMessages();
  // undefined while counting; null when the count failed (the generic sentence then stands)
  const [mappings, setMappings] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    configurations
      .mappingCount(realm, configuration.id)
      .then(setMappings)
      .catch(() => setMappings(null));
  }, [configurations, realm, configuration.id]);

  const mappingsText =
    mappings === 0
      ? t("kcscim.deleteConfiguration.noMappings")
      : mappings === null || mappings === undefined
        ? t("kcscim.deleteConfiguration.uncountedMappings")
        : t("kcscim.deleteConfiguration.mappings", { count: mappings });

  return (
    <ConfirmDeletion
      name={configuration.name}
      remove={() => configurations.remove(realm, configuration.id)}
      deletedNotice={t("kcscim.deleteConfiguration.deleted", { name: configuration.name })}
      failedTitle={t("kcscim.deleteConfiguration.failed")}
      onClose={onClose}
      testId="kcscim-delete-dialog"
    >
      <TextContent data-testid="kcscim-delete-consequences" data-loaded={mappings !== undefined}>
        <Text component="p">{t("kcscim.deleteConfiguration.intro")}</Text>
        <ul>
          <li>{t("kcscim.deleteConfiguration.key")}</li>
          <li>{mappingsText}</li>
          <li>{t("kcscim.deleteConfiguration.kept")}</li>
        </ul>
      </TextContent>
    </ConfirmDeletion>
  );
}
