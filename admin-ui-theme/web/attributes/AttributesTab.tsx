import { useEffect, useMemo, useState } from "react";
import { Alert, Button, Text, TextContent, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import type { AttributeMapping, SchemaExtension } from "../api/configurations";
import { attributeLabel, UserProfileApi, type UserProfileConfig } from "../api/userProfile";
import { useScreen } from "../shared/ScreenContext";
import { FieldError } from "../shared/FieldError";
import { Loading } from "../shared/Loading";
import { useMessages } from "../i18n/MessagesContext";
import { AddAttributeMapping } from "./AddAttributeMapping";
import { SchemaExtensionsList } from "./SchemaExtensionsList";

interface Props {
  mappings: AttributeMapping[];
  onChange: (mappings: AttributeMapping[]) => void;
  /** The extensions the saved configuration declares; set through the admin REST API, shown only. */
  extensions: SchemaExtension[];
  readOnly: boolean;
  /** The API's field errors of the last save, such as `attributeMappings[1].userAttribute`. */
  errors: Record<string, string>;
}

/**
 * The configuration dialog's Attributes tab (issue 15): where the SCIM attributes without a native Keycloak
 * field are kept, as user-profile attributes, so the console shows them and token mappers can use them. The
 * mappings change only in the dialog's state; the dialog's Save sends them with the rest of the configuration.
 */
export function AttributesTab({ mappings, onChange, extensions, readOnly, errors }: Props) {
  const { api, realm } = useScreen();
  const { t } = useMessages();
  const userProfile = useMemo(() => new UserProfileApi(api), [api]);
  const [profile, setProfile] = useState<UserProfileConfig | null>(null);
  const [profileProblem, setProfileProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    userProfile
      .get(realm)
      .then((loaded) => current && setProfile(loaded))
      .catch((error: Error) => current && setProfileProblem(error.message));
    return () => {
      current = false;
    };
  }, [userProfile, realm]);

  const profileAttribute = (name: string) => profile?.attributes.find((attribute) => attribute.name === name);

  return (
    <div className="pf-v5-u-pt-md" data-testid="kcscim-attributes">
      <TextContent className="pf-v5-u-mb-md">
        <Text component="p">{t("kcscim.attributes.description")}</Text>
      </TextContent>
      {profileProblem && (
        <Alert variant="warning" isInline title={t("kcscim.attributes.profileUnreadable")} className="pf-v5-u-mb-md">
          {profileProblem}
        </Alert>
      )}
      {profile === null && profileProblem === null ? (
        <Loading label={t("kcscim.attributes.loadingProfile")} />
      ) : mappings.length === 0 ? (
        <Text component="p" data-testid="kcscim-attribute-mappings-empty" className="pf-v5-u-mb-md">
          {t("kcscim.attributes.noMappings")}
        </Text>
      ) : (
        <Table aria-label={t("kcscim.attributes.table")} variant="compact" data-testid="kcscim-attribute-mappings">
          <Thead>
            <Tr>
              <Th>{t("kcscim.attributes.scimAttribute")}</Th>
              <Th>{t("kcscim.attributes.userAttribute")}</Th>
              {!readOnly && <Th screenReaderText={t("kcscim.common.actions")} />}
            </Tr>
          </Thead>
          <Tbody>
            {mappings.map((mapping, index) => {
              const attribute = profileAttribute(mapping.userAttribute);
              const label = attributeLabel(attribute, mapping.userAttribute);
              return (
                <Tr key={`${mapping.scimPath}\u0000${mapping.userAttribute}`} data-testid="kcscim-attribute-mapping">
                  <Td dataLabel={t("kcscim.attributes.scimAttribute")}>
                    <span data-testid="kcscim-attribute-mapping-scim">{mapping.scimPath}</span>
                    <FieldError field={`attributeMappings[${index}].scimPath`} errors={errors} />
                    <FieldError field={`attributeMappings[${index}]`} errors={errors} />
                  </Td>
                  <Td dataLabel={t("kcscim.attributes.userAttribute")}>
                    <span data-testid="kcscim-attribute-mapping-user" data-name={mapping.userAttribute}>
                      {label === mapping.userAttribute
                        ? label
                        : t("kcscim.attributes.named", { displayName: label, name: mapping.userAttribute })}
                    </span>
                    {profile && !attribute && (
                      <Text component="small" className="pf-v5-u-display-block" data-testid="kcscim-attribute-mapping-missing">
                        {t("kcscim.attributes.notInProfile")}
                      </Text>
                    )}
                    <FieldError field={`attributeMappings[${index}].userAttribute`} errors={errors} />
                  </Td>
                  {!readOnly && (
                    <Td isActionCell>
                      <Button
                        variant="link"
                        isInline
                        data-testid="kcscim-attribute-mapping-remove"
                        aria-label={t("kcscim.attributes.remove", { path: mapping.scimPath })}
                        onClick={() => onChange(mappings.filter((_, other) => other !== index))}
                      >
                        {t("kcscim.attributes.removeShort")}
                      </Button>
                    </Td>
                  )}
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
      <FieldError field="attributeMappings" errors={errors} />
      {!readOnly && (profile !== null || profileProblem !== null) && (
        <AddAttributeMapping
          mappings={mappings}
          extensions={extensions}
          profile={profile}
          onProfileChanged={setProfile}
          userProfile={userProfile}
          onAdd={(mapping) => onChange([...mappings, mapping])}
        />
      )}
      <Title headingLevel="h2" size="md" className="pf-v5-u-mt-lg pf-v5-u-mb-sm">
        {t("kcscim.attributes.extensionsTitle")}
      </Title>
      <SchemaExtensionsList extensions={extensions} />
    </div>
  );
}
