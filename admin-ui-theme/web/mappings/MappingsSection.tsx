import { useCallback, useMemo, useState } from "react";
import {
  Alert,
  Button,
  FormSelect,
  FormSelectOption,
  PageSection,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { ConfigurationsApi } from "../api/configurations";
import { MappingsApi, type Mapping } from "../api/mappings";
import { useScreen } from "../shared/ScreenContext";
import { ViewHeader } from "../shared/ViewHeader";
import { Loading } from "../shared/Loading";
import { useListing } from "../shared/useListing";
import { EmptyList } from "../shared/EmptyList";
import { NoSearchResults } from "../shared/NoSearchResults";
import { CompactLabels } from "../shared/CompactLabels";
import { MappingDialog } from "./MappingDialog";
import { DeleteMappingDialog } from "./DeleteMappingDialog";
import { EnforcementPanel } from "./EnforcementPanel";
import { meansLabel } from "./meansLabel";
import { useMessages } from "../i18n/MessagesContext";

const ALL = "";

/** SCIM > Mappings: which provisioned groups get which roles in which realms, and how their members sign in. */
export function MappingsSection() {
  const { api, realm, access } = useScreen();
  const { t } = useMessages();
  const mappingsApi = useMemo(() => new MappingsApi(api), [api]);
  const configurationsApi = useMemo(() => new ConfigurationsApi(api), [api]);
  const [search, setSearch] = useState("");
  const [configurationFilter, setConfigurationFilter] = useState(ALL);
  const [editing, setEditing] = useState<Mapping | "new" | null>(null);
  const [deleting, setDeleting] = useState<Mapping | null>(null);

  const load = useCallback(async () => {
    const [mappings, configurations, providers] = await Promise.all([
      mappingsApi.list(realm),
      configurationsApi.list(realm),
      mappingsApi.identityProviders(realm),
    ]);
    return { mappings, configurations, providers };
  }, [mappingsApi, configurationsApi, realm]);
  const { listing, closeThenReload } = useListing(load);

  const shown = useMemo(() => {
    if (listing.state !== "loaded") {
      return [];
    }
    const needle = search.trim().toLowerCase();
    return listing.data.mappings
      .filter((mapping) => configurationFilter === ALL || mapping.configurationId === configurationFilter)
      .filter((mapping) => !needle || mapping.name.toLowerCase().includes(needle));
  }, [listing, search, configurationFilter]);

  if (listing.state === "loading") {
    return (
      <>
        <Header />
        <Loading label={t("kcscim.mappings.loading")} />
      </>
    );
  }
  if (listing.state === "failed") {
    return (
      <>
        <Header />
        <PageSection variant="light">
          <Alert variant="danger" isInline title={t("kcscim.mappings.loadFailed")}>
            {listing.message}
          </Alert>
        </PageSection>
      </>
    );
  }

  const { mappings, configurations, providers } = listing.data;
  const configurationName = (id: string) => configurations.find((c) => c.id === id)?.name ?? id;
  const create =
    access.canManage && configurations.length > 0 ? (
      <Button data-testid="kcscim-create-mapping" onClick={() => setEditing("new")}>
        {t("kcscim.mappings.create")}
      </Button>
    ) : null;

  return (
    <>
      <Header />
      <PageSection variant="light" className="pf-v5-u-p-0">
        <EnforcementPanel />
        {mappings.length === 0 ? (
          <EmptyList title={t("kcscim.mappings.emptyTitle")} create={create} testId="kcscim-mappings-empty">
            {t(configurations.length === 0 ? "kcscim.mappings.emptyNoConfiguration" : "kcscim.mappings.emptyBody")}
          </EmptyList>
        ) : (
          <>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem variant="search-filter">
                  <SearchInput
                    placeholder={t("kcscim.mappings.search")}
                    aria-label={t("kcscim.mappings.search")}
                    resetButtonLabel={t("kcscim.search.reset")}
                    value={search}
                    onChange={(_event, value) => setSearch(value)}
                    onClear={() => setSearch("")}
                  />
                </ToolbarItem>
                <ToolbarItem>
                  <FormSelect
                    id="kcscim-mapping-filter"
                    aria-label={t("kcscim.mappings.filter")}
                    className="kcscim-configuration-filter"
                    value={configurationFilter}
                    onChange={(_event, value) => setConfigurationFilter(value)}
                  >
                    <FormSelectOption value={ALL} label={t("kcscim.mappings.allConfigurations")} />
                    {configurations.map((configuration) => (
                      <FormSelectOption key={configuration.id} value={configuration.id} label={configuration.name} />
                    ))}
                  </FormSelect>
                </ToolbarItem>
                {create && <ToolbarItem>{create}</ToolbarItem>}
              </ToolbarContent>
            </Toolbar>
            {shown.length === 0 ? (
              <NoSearchResults>{t("kcscim.mappings.noMatch")}</NoSearchResults>
            ) : (
              <Table aria-label={t("kcscim.mappings.table")} variant="compact" data-testid="kcscim-mappings-table">
                <Thead>
                  <Tr>
                    <Th>{t("kcscim.field.name")}</Th>
                    <Th>{t("kcscim.field.configuration")}</Th>
                    <Th>{t("kcscim.field.groups")}</Th>
                    <Th>{t("kcscim.field.roles")}</Th>
                    <Th>{t("kcscim.field.accounts")}</Th>
                    <Th>{t("kcscim.field.means")}</Th>
                    <Th screenReaderText={t("kcscim.common.actions")} />
                  </Tr>
                </Thead>
                <Tbody>
                  {shown.map((mapping) => (
                    <Tr key={mapping.id} data-testid="kcscim-mapping-row">
                      <Td dataLabel={t("kcscim.field.name")}>
                        <Button variant="link" isInline data-testid="kcscim-mapping-name" onClick={() => setEditing(mapping)}>
                          {mapping.name}
                        </Button>
                      </Td>
                      <Td dataLabel={t("kcscim.field.configuration")}>{configurationName(mapping.configurationId)}</Td>
                      <Td dataLabel={t("kcscim.field.groups")}>
                        <CompactLabels values={mapping.groups.map((group) => group.name)} numLabels={3} testId="kcscim-mapping-group" />
                      </Td>
                      <Td dataLabel={t("kcscim.field.roles")}>
                        <CompactLabels values={mapping.roles} numLabels={3} testId="kcscim-mapping-role" />
                      </Td>
                      <Td dataLabel={t("kcscim.field.accounts")}>
                        <CompactLabels values={mapping.accounts} numLabels={3} testId="kcscim-mapping-account" />
                      </Td>
                      <Td dataLabel={t("kcscim.field.means")}>
                        <CompactLabels values={mapping.means.map((means) => meansLabel(t, means, providers))} numLabels={3} testId="kcscim-mapping-means" />
                      </Td>
                      <Td isActionCell>
                        <ActionsColumn
                          items={[
                            { title: t(access.canManage ? "kcscim.common.edit" : "kcscim.common.view"), onClick: () => setEditing(mapping) },
                            ...(access.canManage ? [{ title: t("kcscim.common.delete"), onClick: () => setDeleting(mapping) }] : []),
                          ]}
                        />
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </>
        )}
      </PageSection>
      {editing && (
        <MappingDialog
          mappings={mappingsApi}
          configurations={configurations}
          providers={providers}
          existing={editing === "new" ? null : editing}
          initialConfigurationId={configurationFilter || configurations[0]?.id}
          onClose={closeThenReload(() => setEditing(null))}
        />
      )}
      {deleting && (
        <DeleteMappingDialog
          mappings={mappingsApi}
          mapping={deleting}
          onClose={closeThenReload(() => setDeleting(null))}
        />
      )}
    </>
  );
}

function Header() {
  const { t } = useMessages();
  return <ViewHeader title={t("kcscim.mappings.title")} description={t("kcscim.mappings.description")} />;
}
