import { useEffect, useState } from "react";
import { Text, TextContent } from "@patternfly/react-core";
import type { Configuration, ConfigurationsApi } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";
import { ConfirmDeletion } from "../shared/ConfirmDeletion";

interface Props {
  configurations: ConfigurationsApi;
  configuration: Configuration;
  onClose: (deleted: boolean) => void;
}

/** Says what a deletion does before doing it: the key, the mappings and their roles go; people and groups stay. */
export function DeleteConfigurationDialog({ configurations, configuration, onClose }: Props) {
  const { realm } = useScreen();
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
      ? "finds no mappings to delete, so no roles are taken back;"
      : `deletes its ${mappings === null || mappings === undefined ? "" : mappings === 1 ? "1 " : `${mappings} `}mapping${mappings === 1 ? "" : "s"} and takes back the roles ${mappings === 1 ? "it" : "they"} granted to its groups;`;

  return (
    <ConfirmDeletion
      name={configuration.name}
      remove={() => configurations.remove(realm, configuration.id)}
      deletedNotice={`Configuration "${configuration.name}" deleted`}
      failedTitle="The configuration was not deleted"
      onClose={onClose}
      testId="kcscim-delete-dialog"
    >
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
    </ConfirmDeletion>
  );
}
