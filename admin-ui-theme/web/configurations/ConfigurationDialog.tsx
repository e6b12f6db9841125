import { useState } from "react";
import {
  Button,
  ClipboardCopy,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  Radio,
  Tab,
  Tabs,
  TabTitleText,
  TextInput,
} from "@patternfly/react-core";
import type { AttributeMapping, Configuration, ConfigurationInput, ConfigurationsApi } from "../api/configurations";
import { ApiError } from "../api/adminApi";
import { useScreen } from "../shared/ScreenContext";
import { MultiSelect } from "../shared/MultiSelect";
import { FieldError, validatedOf } from "../shared/FieldError";
import { useFormErrors } from "../shared/useFormErrors";
import { ProblemAlert } from "../shared/ProblemAlert";
import { formActions } from "../shared/formActions";
import { useMessages } from "../i18n/MessagesContext";
import { KeyRotation } from "./KeyRotation";
import { ConnectYourDirectory } from "./ConnectYourDirectory";
import { SwitchField } from "./SwitchField";
import { SecretField } from "../shared/SecretField";
import { escapeClosesUnlessHandled } from "../shared/dialogEscape";
import { AttributesTab } from "../attributes/AttributesTab";

interface Props {
  configurations: ConfigurationsApi;
  /** null: create a new configuration. */
  existing: Configuration | null;
  /** `changed`: something was saved, the list should reload. */
  onClose: (changed: boolean) => void;
}

const FIELDS = ["name", "accounts", "active", "adoptExistingUsers", "userDeleteAction"];

type DialogTab = "settings" | "attributes";

/** The fields the Attributes tab shows errors for: the list, and each entry the way the API names it. */
function attributeFields(mappings: AttributeMapping[]): string[] {
  return [
    "attributeMappings",
    ...mappings.flatMap((_, index) => [
      `attributeMappings[${index}]`,
      `attributeMappings[${index}].scimPath`,
      `attributeMappings[${index}].userAttribute`,
    ]),
  ];
}

/**
 * Create or edit one configuration. The API generates the first key when the configuration is created and
 * returns it that once, so the dialog stays open after creating, showing the key (masked, with an eye to reveal
 * it and a copy button) next to the SCIM base URL: everything the directory needs, in one place. Later edits
 * cannot show the key again, only generate a new one (see KeyRotation).
 */
export function ConfigurationDialog({ configurations, existing, onClose }: Props) {
  const { realm, access, notify } = useScreen();
  const { t, formatDateTime } = useMessages();
  const [saved, setSaved] = useState<Configuration | null>(existing);
  const [input, setInput] = useState<ConfigurationInput>(() => toInput(existing, realm));
  const { errors, problem, showError, clearField, clearErrors, clearProblem } = useFormErrors([
    ...FIELDS,
    ...attributeFields(input.attributeMappings ?? []),
  ]);
  const [tab, setTab] = useState<DialogTab>("settings");
  const [busy, setBusy] = useState(false);
  const [freshKey, setFreshKey] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const readOnly = !access.canManage;

  const accountChoices = (realm === "master" ? access.realms : [realm]).map((name) => ({ value: name, label: name }));

  const set = <K extends keyof ConfigurationInput>(field: K, value: ConfigurationInput[K]) => {
    setInput((current) => ({ ...current, [field]: value }));
    clearField(field);
  };

  // Entries' errors are named by position, which a change of the list shifts: they all go
  const setMappings = (mappings: AttributeMapping[]) => {
    setInput((current) => ({ ...current, attributeMappings: mappings }));
    Object.keys(errors)
      .filter((field) => field.startsWith("attributeMappings"))
      .forEach(clearField);
  };

  const save = async () => {
    setBusy(true);
    clearProblem();
    try {
      const result = saved ? await configurations.update(realm, saved.id, input) : await configurations.create(realm, input);
      setChanged(true);
      clearErrors();
      if (result.apiKey) {
        setFreshKey(result.apiKey);
      }
      setSaved(result);
      if (saved) {
        notify(t("kcscim.configurationDialog.saved", { name: result.name }));
        onClose(true);
      } else {
        notify(t("kcscim.configurationDialog.created", { name: result.name }));
      }
    } catch (error) {
      showError(error);
      showTabOf(error);
    } finally {
      setBusy(false);
    }
  };

  // An error about the mappings alone is shown on their tab, wherever the administrator pressed Save
  const showTabOf = (error: unknown) => {
    if (error instanceof ApiError) {
      const fields = Object.keys(error.fieldErrors);
      const onAttributes = fields.filter((field) => field.startsWith("attributeMappings") || field.startsWith("schemaExtensions"));
      if (onAttributes.length > 0 && onAttributes.length === fields.length) {
        setTab("attributes");
      } else if (fields.some((field) => FIELDS.includes(field))) {
        setTab("settings");
      }
    }
  };

  // Once a key has been generated the dialog shows only what the directory needs: the key and the URL.
  const showingKey = freshKey !== null && saved !== null;
  const title = showingKey
    ? existing
      ? t("kcscim.configurationDialog.newKeyTitle", { name: saved.name })
      : t("kcscim.configurationDialog.createdTitle", { name: saved.name })
    : existing
      ? readOnly
        ? t("kcscim.configurationDialog.viewTitle", { name: existing.name })
        : t("kcscim.common.editTitle", { name: existing.name })
      : t("kcscim.configurationDialog.createTitle");

  const actions = showingKey
    ? [
        <Button key="done" data-testid="kcscim-dialog-done" onClick={() => onClose(true)}>
          {t("kcscim.configurationDialog.done")}
        </Button>,
      ]
    : formActions({ t, readOnly, busy, onSave: save, onClose: () => onClose(changed) });

  // The form keeps its ids and test ids whether it sits under the Settings tab or alone (with a fresh key)
  const settings = (
    <Form id="kcscim-configuration-form" onSubmit={(event) => event.preventDefault()}>
      {showingKey ? null : (
        <>
          <FormGroup label={t("kcscim.field.name")} isRequired fieldId="kcscim-name">
            <TextInput
              id="kcscim-name"
              data-testid="kcscim-name"
              value={input.name}
              isRequired
              isDisabled={readOnly}
              validated={validatedOf("name", errors)}
              onChange={(_event, value) => set("name", value)}
            />
            <FieldError field="name" errors={errors} />
          </FormGroup>
          <FormGroup label={t("kcscim.field.accounts")} fieldId="kcscim-accounts-input">
            <MultiSelect
              id="kcscim-accounts"
              choices={accountChoices}
              selected={input.accounts}
              onChange={(accounts) => set("accounts", accounts)}
              placeholder={t("kcscim.configurationDialog.accountsPlaceholder")}
              isDisabled={readOnly}
              validated={validatedOf("accounts", errors)}
            />
            <FieldError field="accounts" errors={errors} />
          </FormGroup>
          <SwitchField
            id="kcscim-active"
            field="active"
            label={t("kcscim.configurationDialog.active")}
            onText={t("kcscim.configurationDialog.activeOn")}
            offText={t("kcscim.configurationDialog.activeOff")}
            isChecked={input.active}
            isDisabled={readOnly}
            onChange={(checked) => set("active", checked)}
            errors={errors}
          />
          <SwitchField
            id="kcscim-adopt"
            field="adoptExistingUsers"
            label={t("kcscim.configurationDialog.existingUsers")}
            onText={t("kcscim.configurationDialog.adoptOn")}
            offText={t("kcscim.configurationDialog.adoptOff")}
            isChecked={input.adoptExistingUsers}
            isDisabled={readOnly}
            onChange={(checked) => set("adoptExistingUsers", checked)}
            errors={errors}
          />
          <FormGroup label={t("kcscim.configurationDialog.deleteAction")} role="radiogroup" fieldId="kcscim-delete-action" isStack hasNoPaddingTop>
            <Radio
              id="kcscim-delete-action-delete"
              name="kcscim-delete-action"
              label={t("kcscim.configurationDialog.deleteUser")}
              isChecked={input.userDeleteAction === "delete"}
              isDisabled={readOnly}
              onChange={() => set("userDeleteAction", "delete")}
            />
            <Radio
              id="kcscim-delete-action-disable"
              data-testid="kcscim-delete-action-disable"
              name="kcscim-delete-action"
              label={t("kcscim.configurationDialog.disableUser")}
              isChecked={input.userDeleteAction === "disable"}
              isDisabled={readOnly}
              onChange={() => set("userDeleteAction", "disable")}
            />
            <FieldError field="userDeleteAction" errors={errors} />
          </FormGroup>
        </>
      )}
      <FormGroup label={t("kcscim.configurationDialog.apiKey")} fieldId="kcscim-api-key">
        {freshKey ? (
          <>
            <SecretField id="kcscim-api-key" value={freshKey} label={t("kcscim.configurationDialog.apiKey")} />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant="warning" data-testid="kcscim-key-once">
                  {t("kcscim.configurationDialog.keyOnce")}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </>
        ) : saved ? (
          <KeyRotation
            configurations={configurations}
            configuration={saved}
            readOnly={readOnly}
            onGenerated={(result) => {
              setChanged(true);
              setSaved(result);
              setFreshKey(result.apiKey ?? null);
            }}
            onError={showError}
          />
        ) : readOnly ? null : (
          <>
            <Button variant="secondary" data-testid="kcscim-generate-first" onClick={save} isLoading={busy} isDisabled={busy}>
              {t("kcscim.configurationDialog.generate")}
            </Button>
            <FormHelperText>
              <HelperText>
                <HelperTextItem>
                  {t("kcscim.configurationDialog.generateHelp")}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </>
        )}
      </FormGroup>
      {saved && (
        <FormGroup label={t("kcscim.configurationDialog.baseUrl")} fieldId="kcscim-base-url">
          <ClipboardCopy
            isReadOnly
            hoverTip={t("kcscim.configurationDialog.copyTip")}
            clickTip={t("kcscim.configurationDialog.copiedTip")}
            textAriaLabel={t("kcscim.configurationDialog.baseUrlInput")}
            data-testid="kcscim-base-url"
          >
            {saved.scimBaseUrl}
          </ClipboardCopy>
          <FormHelperText>
            <HelperText>
              <HelperTextItem>
                {t("kcscim.configurationDialog.baseUrlHelp", {
                  created: saved.keyCreatedAt ? formatDateTime(saved.keyCreatedAt) : t("kcscim.configurationDialog.keyNotCreated"),
                  lastUsed: saved.keyLastUsedAt ? formatDateTime(saved.keyLastUsedAt) : t("kcscim.configurationDialog.keyNeverUsed"),
                })}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
      )}
      {saved && freshKey && <ConnectYourDirectory scimBaseUrl={saved.scimBaseUrl} apiKey={freshKey} />}
    </Form>
  );

  return (
    <Modal variant="medium" title={title} isOpen onClose={() => onClose(changed)} onEscapePress={escapeClosesUnlessHandled(() => onClose(changed))} actions={actions} data-testid="kcscim-configuration-dialog">
      <ProblemAlert title={t("kcscim.configurationDialog.notSaved")} problem={problem} />
      {showingKey ? (
        settings
      ) : (
        // Mounted when first opened: the user profile is read only for who looks at the attributes
        <Tabs
          activeKey={tab}
          onSelect={(_event, key) => setTab(key as DialogTab)}
          aria-label={t("kcscim.configurationDialog.sections")}
          mountOnEnter
        >
          <Tab eventKey="settings" title={<TabTitleText>{t("kcscim.configurationDialog.settingsTab")}</TabTitleText>} data-testid="kcscim-settings-tab">
            {settings}
          </Tab>
          <Tab
            eventKey="attributes"
            title={<TabTitleText>{t("kcscim.configurationDialog.attributesTab")}</TabTitleText>}
            data-testid="kcscim-attributes-tab"
          >
            <AttributesTab
              mappings={input.attributeMappings ?? []}
              onChange={setMappings}
              extensions={saved?.schemaExtensions ?? []}
              readOnly={readOnly}
              errors={errors}
            />
          </Tab>
        </Tabs>
      )}
    </Modal>
  );
}

function toInput(existing: Configuration | null, realm: string): ConfigurationInput {
  return existing
    ? {
        name: existing.name,
        accounts: existing.accounts,
        active: existing.active,
        adoptExistingUsers: existing.adoptExistingUsers,
        userDeleteAction: existing.userDeleteAction,
        attributeMappings: existing.attributeMappings,
      }
    : { name: "", accounts: [realm], active: true, adoptExistingUsers: false, userDeleteAction: "delete" };
}
