import { useState } from "react";
import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Split,
  SplitItem,
  TextInput,
  Title,
} from "@patternfly/react-core";
import type { AttributeMapping, SchemaExtension } from "../api/configurations";
import {
  attributeLabel,
  NATIVE_ATTRIBUTES,
  type UserProfileApi,
  type UserProfileConfig,
} from "../api/userProfile";
import { useScreen } from "../shared/ScreenContext";
import type { Choice } from "../shared/MultiSelect";
import { useMessages } from "../i18n/MessagesContext";
import { mappableAttributes, suggestionFor } from "./scimAttributes";
import { SinglePicker } from "./SinglePicker";

interface Props {
  mappings: AttributeMapping[];
  extensions: SchemaExtension[];
  /** Null when the profile could not be read: the target can then only be typed. */
  profile: UserProfileConfig | null;
  onProfileChanged: (profile: UserProfileConfig) => void;
  userProfile: UserProfileApi;
  onAdd: (mapping: AttributeMapping) => void;
}

/**
 * Adds one mapping: a SCIM attribute from the list (or a typed path) and a user-profile attribute of the realm.
 * When the wanted attribute is not in the user profile yet, it can be added there first, admin-only, under
 * the name and display name suggested for the SCIM attribute. Shown only to who may manage the realm.
 */
export function AddAttributeMapping({ mappings, extensions, profile, onProfileChanged, userProfile, onAdd }: Props) {
  const { realm, notify } = useScreen();
  const { t } = useMessages();
  const [scimPath, setScimPath] = useState<string | null>(null);
  const [userAttribute, setUserAttribute] = useState<string | null>(null);
  const [newName, setNewName] = useState("");
  const [newDisplayName, setNewDisplayName] = useState("");
  const [adding, setAdding] = useState(false);
  const [addProblem, setAddProblem] = useState<string | null>(null);

  const mappedPaths = new Set(mappings.map((mapping) => mapping.scimPath));
  const mappedTargets = new Set(mappings.map((mapping) => mapping.userAttribute));
  const inProfile = (name: string) => profile?.attributes.some((attribute) => attribute.name === name) ?? false;

  // A path or a target is mapped once at most (the API refuses two SCIM attributes in one user attribute)
  const mappable = mappableAttributes(extensions);
  const scimChoices: Choice[] = mappable
    .filter((attribute) => !mappedPaths.has(attribute.path))
    .map((attribute) => ({ value: attribute.path, label: attribute.path }));

  const targetChoices: Choice[] = (profile?.attributes ?? [])
    .filter((attribute) => !NATIVE_ATTRIBUTES.includes(attribute.name) && !mappedTargets.has(attribute.name))
    .map((attribute) => {
      const label = attributeLabel(attribute, attribute.name);
      return { value: attribute.name, label, description: label === attribute.name ? undefined : attribute.name };
    });

  const chooseScimPath = (path: string | null) => {
    setScimPath(path);
    setAddProblem(null);
    if (!path) {
      return;
    }
    // The suggested attribute is picked when the profile has it free; otherwise it is what "Add" proposes
    const suggestion = mappable.find((attribute) => attribute.path === path) ?? suggestionFor(path);
    const free = targetChoices.some((choice) => choice.value === suggestion.userAttribute);
    setUserAttribute(free ? suggestion.userAttribute : null);
    setNewName(suggestion.userAttribute);
    setNewDisplayName(suggestion.displayName);
  };

  const newNameTaken = inProfile(newName.trim());
  const nameProblem = newNameTaken
    ? mappedTargets.has(newName.trim())
      ? t("kcscim.attributes.newNameMapped", { name: newName.trim() })
      : t("kcscim.attributes.newNameExists", { name: newName.trim() })
    : NATIVE_ATTRIBUTES.includes(newName.trim())
      ? t("kcscim.attributes.newNameNative", { name: newName.trim() })
      : null;

  const addToProfile = async () => {
    const name = newName.trim();
    setAdding(true);
    setAddProblem(null);
    try {
      const multiValued = scimPath !== null && mappable.some((attribute) => attribute.path === scimPath && attribute.multiValued);
      const updated = await userProfile.addAttribute(realm, name, newDisplayName.trim() || name, multiValued);
      onProfileChanged(updated);
      setUserAttribute(name);
      notify(t("kcscim.attributes.addedToProfile", { name }));
    } catch (error) {
      setAddProblem((error as Error).message);
    } finally {
      setAdding(false);
    }
  };

  const add = () => {
    if (scimPath && userAttribute) {
      onAdd({ scimPath, userAttribute });
      setScimPath(null);
      setUserAttribute(null);
      setNewName("");
      setNewDisplayName("");
    }
  };

  // Without a readable profile the target is typed; with one, a typed name must be added to it first
  const typedTarget = profile === null ? (text: string) => ({ value: text, label: t("kcscim.attributes.useTyped", { text }) }) : undefined;
  const offerAddition = scimPath !== null && userAttribute === null && profile !== null;

  return (
    <div className="pf-v5-u-mt-lg" data-testid="kcscim-attribute-add-section">
      <Title headingLevel="h2" size="md" className="pf-v5-u-mb-sm">
        {t("kcscim.attributes.addTitle")}
      </Title>
      <Form onSubmit={(event) => event.preventDefault()}>
        <SinglePicker
          id="kcscim-attribute-scim"
          label={t("kcscim.attributes.scimAttribute")}
          choices={scimChoices}
          value={scimPath}
          onChange={chooseScimPath}
          placeholder={t("kcscim.attributes.scimPlaceholder")}
          typedChoice={(text) => (mappedPaths.has(text) ? null : { value: text, label: t("kcscim.attributes.useTyped", { text }) })}
          help={t("kcscim.attributes.scimHelp")}
        />
        <SinglePicker
          id="kcscim-attribute-user"
          label={t("kcscim.attributes.userAttribute")}
          choices={targetChoices}
          value={userAttribute}
          onChange={setUserAttribute}
          placeholder={t("kcscim.attributes.userPlaceholder")}
          typedChoice={typedTarget}
        />
        {offerAddition && (
          <div data-testid="kcscim-new-profile-attribute">
            <HelperText className="pf-v5-u-mb-sm">
              <HelperTextItem>{t("kcscim.attributes.additionHelp")}</HelperTextItem>
            </HelperText>
            <Split hasGutter>
              <SplitItem isFilled>
                <FormGroup label={t("kcscim.attributes.newName")} fieldId="kcscim-new-attribute-name">
                  <TextInput
                    id="kcscim-new-attribute-name"
                    data-testid="kcscim-new-attribute-name"
                    value={newName}
                    validated={nameProblem ? "error" : "default"}
                    onChange={(_event, value) => setNewName(value)}
                  />
                  {nameProblem && (
                    <FormHelperText>
                      <HelperText>
                        <HelperTextItem variant="error" data-testid="kcscim-new-attribute-name-problem">
                          {nameProblem}
                        </HelperTextItem>
                      </HelperText>
                    </FormHelperText>
                  )}
                </FormGroup>
              </SplitItem>
              <SplitItem isFilled>
                <FormGroup label={t("kcscim.attributes.newDisplayName")} fieldId="kcscim-new-attribute-display-name">
                  <TextInput
                    id="kcscim-new-attribute-display-name"
                    data-testid="kcscim-new-attribute-display-name"
                    value={newDisplayName}
                    onChange={(_event, value) => setNewDisplayName(value)}
                  />
                </FormGroup>
              </SplitItem>
            </Split>
            {addProblem && (
              <Alert variant="danger" isInline title={t("kcscim.attributes.notAddedToProfile")} className="pf-v5-u-mt-sm">
                {addProblem}
              </Alert>
            )}
            <Button
              variant="secondary"
              className="pf-v5-u-mt-sm"
              data-testid="kcscim-add-to-user-profile"
              onClick={addToProfile}
              isLoading={adding}
              isDisabled={adding || newName.trim() === "" || nameProblem !== null}
            >
              {t("kcscim.attributes.addToProfile")}
            </Button>
          </div>
        )}
        <div>
          <Button variant="secondary" data-testid="kcscim-attribute-add" onClick={add} isDisabled={!scimPath || !userAttribute}>
            {t("kcscim.attributes.add")}
          </Button>
        </div>
      </Form>
    </div>
  );
}
