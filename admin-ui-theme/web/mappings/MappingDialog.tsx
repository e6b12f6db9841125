import { useEffect, useMemo, useState } from "react";
import {
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Modal,
  TextInput,
} from "@patternfly/react-core";
import type { Configuration } from "../api/configurations";
import {
  type CatalogRole,
  type IdentityProvider,
  type Mapping,
  type MappingInput,
  type MappingsApi,
  type ProvisionedGroup,
} from "../api/mappings";
import { useScreen } from "../shared/ScreenContext";
import { MultiSelect } from "../shared/MultiSelect";
import { FieldError, validatedOf } from "../shared/FieldError";
import { useFormErrors } from "../shared/useFormErrors";
import { ProblemAlert } from "../shared/ProblemAlert";
import { formActions } from "../shared/formActions";
import { MappingPreviewPanel } from "./MappingPreviewPanel";
import { meansLabel } from "./meansLabel";
import { useMessages } from "../i18n/MessagesContext";
import type { Translate } from "../i18n/Messages";
import { escapeClosesUnlessHandled } from "../shared/dialogEscape";

interface Props {
  mappings: MappingsApi;
  configurations: Configuration[];
  providers: IdentityProvider[];
  existing: Mapping | null;
  initialConfigurationId: string | undefined;
  onClose: (changed: boolean) => void;
}

const FIELDS = ["name", "configurationId", "groups", "roles", "accounts", "means"];
const TYPING_PAUSE_MS = 300;

/**
 * Create or edit one mapping. The pickers ask the server: groups are the configuration's provisioned groups
 * matching what is typed, roles the catalog of the chosen accounts. Every change asks the preview endpoint
 * what the mapping would do, so the effect is visible before saving.
 */
export function MappingDialog({ mappings, configurations, providers, existing, initialConfigurationId, onClose }: Props) {
  const { realm, access, notify } = useScreen();
  const { t } = useMessages();
  const readOnly = !access.canManage;
  const [input, setInput] = useState<MappingInput>(() => initialInput(existing, configurations, initialConfigurationId));
  const [groupLabels, setGroupLabels] = useState<Record<string, string>>(() =>
    Object.fromEntries((existing?.groups ?? []).map((group) => [group.id, group.name])),
  );
  const [groupSearch, setGroupSearch] = useState("");
  const [groupChoices, setGroupChoices] = useState<ProvisionedGroup[]>([]);
  const [roleChoices, setRoleChoices] = useState<CatalogRole[]>([]);
  const { errors, problem, showError, clearField, clearProblem } = useFormErrors(FIELDS);
  const [busy, setBusy] = useState(false);

  const configuration = configurations.find((candidate) => candidate.id === input.configurationId);

  useEffect(() => {
    if (!input.configurationId) {
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      mappings
        .groups(realm, input.configurationId, groupSearch)
        .then((page) => {
          if (current) {
            setGroupChoices(page.groups);
            setGroupLabels((known) => ({ ...known, ...Object.fromEntries(page.groups.map((group) => [group.id, group.name])) }));
          }
        })
        .catch(() => current && setGroupChoices([]));
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [mappings, realm, input.configurationId, groupSearch]);

  const accountsKey = input.accounts.join("\u0000");
  useEffect(() => {
    if (input.accounts.length === 0) {
      setRoleChoices([]);
      return;
    }
    let current = true;
    mappings
      .roles(realm, input.accounts)
      .then((roles) => current && setRoleChoices(roles))
      .catch(() => current && setRoleChoices([]));
    return () => {
      current = false;
    };
    // accountsKey stands for input.accounts' content: a new array with the same realms asks nothing again
  }, [mappings, realm, accountsKey]);

  const set = <K extends keyof MappingInput>(field: K, value: MappingInput[K]) => {
    setInput((current) => ({ ...current, [field]: value }));
    clearField(field);
  };

  const chooseConfiguration = (id: string) => {
    const chosen = configurations.find((candidate) => candidate.id === id);
    // Groups belong to one configuration; its accounts are the natural default.
    setInput((current) => ({ ...current, configurationId: id, groups: [], accounts: chosen?.accounts ?? [] }));
    setGroupSearch("");
  };

  const save = async () => {
    setBusy(true);
    clearProblem();
    try {
      const saved = existing ? await mappings.update(realm, existing.id, input) : await mappings.create(realm, input);
      notify(t(existing ? "kcscim.mappingDialog.saved" : "kcscim.mappingDialog.created", { name: saved.name }));
      onClose(true);
    } catch (error) {
      showError(error);
      setBusy(false);
    }
  };

  const meansChoices = useMemo(() => {
    const all = ["local", ...providers.map((provider) => `idp:${provider.alias}`)];
    input.means.filter((means) => !all.includes(means)).forEach((means) => all.push(means));
    return all;
  }, [providers, input.means]);

  const toggleMeans = (means: string, checked: boolean) =>
    set("means", checked ? [...input.means, means] : input.means.filter((value) => value !== means));

  return (
    <Modal
      variant="large"
      title={
        existing
          ? t(readOnly ? "kcscim.mappingDialog.viewTitle" : "kcscim.common.editTitle", { name: existing.name })
          : t("kcscim.mappingDialog.createTitle")
      }
      isOpen
      onClose={() => onClose(false)}
      onEscapePress={escapeClosesUnlessHandled(() => onClose(false))}
      actions={formActions({ t, readOnly, busy, onSave: save, onClose: () => onClose(false) })}
    >
      <ProblemAlert title={t("kcscim.mappingDialog.notSaved")} problem={problem} />
      <Form onSubmit={(event) => event.preventDefault()}>
        <FormGroup label={t("kcscim.field.name")} isRequired fieldId="kcscim-name">
          <TextInput
            id="kcscim-name"
            value={input.name}
            isDisabled={readOnly}
            validated={validatedOf("name", errors)}
            onChange={(_event, value) => set("name", value)}
          />
          <FieldError field="name" errors={errors} />
        </FormGroup>
        <FormGroup label={t("kcscim.field.configuration")} isRequired fieldId="kcscim-configuration">
          <FormSelect
            id="kcscim-configuration"
            value={input.configurationId}
            isDisabled={readOnly || existing !== null}
            validated={validatedOf("configurationId", errors)}
            onChange={(_event, value) => chooseConfiguration(value)}
          >
            {configurations.map((candidate) => (
              <FormSelectOption key={candidate.id} value={candidate.id} label={candidate.name} />
            ))}
          </FormSelect>
          {existing && (
            <FormHelperText>
              <HelperText>
                <HelperTextItem>{t("kcscim.mappingDialog.configurationFixed")}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          )}
          <FieldError field="configurationId" errors={errors} />
        </FormGroup>
        <FormGroup label={t("kcscim.field.groups")} isRequired fieldId="kcscim-groups-input">
          <MultiSelect
            id="kcscim-groups"
            choices={groupChoices.map((group) => ({
              value: group.id,
              label: group.name,
              description: t("kcscim.mappingDialog.members", { count: group.members }),
            }))}
            selected={input.groups}
            selectedLabels={groupLabels}
            onChange={(groups) => set("groups", groups)}
            onSearch={setGroupSearch}
            placeholder={t("kcscim.mappingDialog.groupsPlaceholder")}
            isDisabled={readOnly}
            validated={validatedOf("groups", errors)}
          />
          <FieldError field="groups" errors={errors} />
        </FormGroup>
        <FormGroup label={t("kcscim.field.accounts")} isRequired fieldId="kcscim-accounts-input">
          <MultiSelect
            id="kcscim-accounts"
            choices={(configuration?.accounts ?? []).map((account) => ({ value: account, label: account }))}
            selected={input.accounts}
            onChange={(accounts) => set("accounts", accounts)}
            placeholder={t("kcscim.mappingDialog.accountsPlaceholder")}
            isDisabled={readOnly}
            validated={validatedOf("accounts", errors)}
          />
          <FieldError field="accounts" errors={errors} />
        </FormGroup>
        <FormGroup label={t("kcscim.field.roles")} isRequired fieldId="kcscim-roles-input">
          <MultiSelect
            id="kcscim-roles"
            choices={roleChoices.map((role) => ({
              value: role.name,
              label: role.name,
              description: roleDescription(t, role),
            }))}
            selected={input.roles}
            onChange={(roles) => set("roles", roles)}
            placeholder={t(input.accounts.length === 0 ? "kcscim.mappingDialog.rolesNeedAccounts" : "kcscim.mappingDialog.rolesPlaceholder")}
            isDisabled={readOnly || input.accounts.length === 0}
            validated={validatedOf("roles", errors)}
          />
          <FieldError field="roles" errors={errors} />
        </FormGroup>
        <FormGroup label={t("kcscim.mappingDialog.means")} isRequired role="group" fieldId="kcscim-means" isStack>
          {meansChoices.map((means) => (
            <Checkbox
              key={means}
              id={`kcscim-means-${means}`}
              data-testid={`kcscim-means-${means}`}
              label={meansLabel(t, means, providers)}
              isChecked={input.means.includes(means)}
              isDisabled={readOnly}
              onChange={(_event, checked) => toggleMeans(means, checked)}
            />
          ))}
          <FieldError field="means" errors={errors} />
        </FormGroup>
        <MappingPreviewPanel mappings={mappings} input={input} />
      </Form>
    </Modal>
  );
}

function initialInput(existing: Mapping | null, configurations: Configuration[], configurationId: string | undefined): MappingInput {
  if (existing) {
    return {
      name: existing.name,
      configurationId: existing.configurationId,
      groups: existing.groups.map((group) => group.id),
      roles: existing.roles,
      accounts: existing.accounts,
      means: existing.means,
    };
  }
  const configuration = configurations.find((candidate) => candidate.id === configurationId) ?? configurations[0];
  return {
    name: "",
    configurationId: configuration?.id ?? "",
    groups: [],
    roles: [],
    accounts: configuration?.accounts ?? [],
    means: ["local"],
  };
}

/** What kind of role it is, then the role's own description (data, as the realm wrote it) if it has one. */
function roleDescription(t: Translate, role: CatalogRole): string {
  const type = t(
    role.type === "management"
      ? "kcscim.mappingDialog.managementRole"
      : role.type === "realm"
        ? "kcscim.mappingDialog.realmRole"
        : "kcscim.mappingDialog.clientRole",
  );
  return role.description ? t("kcscim.mappingDialog.roleDescription", { type, description: role.description }) : type;
}
