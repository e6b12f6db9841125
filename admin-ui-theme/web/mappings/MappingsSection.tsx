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
import { MappingsApi, meansLabel, type Mapping } from "../api/mappings";
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

const ALL = "";

/** SCIM > Mappings: which provisioned groups get which roles in which realms, and how their members sign in. */
export function MappingsSection() {
  const { api, realm, access } = useScreen();
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
        <Loading what="mappings" />
      </>
    );
  }
  if (listing.state === "failed") {
    return (
      <>
        <Header />
        <PageSection variant="light">
          <Alert variant="danger" isInline title="The mappings could not be loaded">
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
        Create mapping
      </Button>
    ) : null;

  return (
    <>
      <Header />
      <PageSection variant="light" className="pf-v5-u-p-0">
        <EnforcementPanel />
        {mappings.length === 0 ? (
          <EmptyList title="No mappings" create={create} testId="kcscim-mappings-empty">
            {configurations.length === 0
              ? "Mappings work on the groups a SCIM configuration provisioned: create a configuration first."
              : "Create a mapping to give the members of provisioned groups roles in chosen realms."}
          </EmptyList>
        ) : (
          <>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem variant="search-filter">
                  <SearchInput
                    placeholder="Search mappings"
                    aria-label="Search mappings"
                    value={search}
                    onChange={(_event, value) => setSearch(value)}
                    onClear={() => setSearch("")}
                  />
                </ToolbarItem>
                <ToolbarItem>
                  <FormSelect
                    id="kcscim-mapping-filter"
                    aria-label="Filter by configuration"
                    className="kcscim-configuration-filter"
                    value={configurationFilter}
                    onChange={(_event, value) => setConfigurationFilter(value)}
                  >
                    <FormSelectOption value={ALL} label="All configurations" />
                    {configurations.map((configuration) => (
                      <FormSelectOption key={configuration.id} value={configuration.id} label={configuration.name} />
                    ))}
                  </FormSelect>
                </ToolbarItem>
                {create && <ToolbarItem>{create}</ToolbarItem>}
              </ToolbarContent>
            </Toolbar>
            {shown.length === 0 ? (
              <NoSearchResults>No mapping matches the search and the configuration filter.</NoSearchResults>
            ) : (
              <Table aria-label="Mappings" variant="compact" data-testid="kcscim-mappings-table">
                <Thead>
                  <Tr>
                    <Th>Name</Th>
                    <Th>Configuration</Th>
                    <Th>Groups</Th>
                    <Th>Roles</Th>
                    <Th>Accounts</Th>
                    <Th>Sign-in means</Th>
                    <Th screenReaderText="Actions" />
                  </Tr>
                </Thead>
                <Tbody>
                  {shown.map((mapping) => (
                    <Tr key={mapping.id} data-testid="kcscim-mapping-row">
                      <Td dataLabel="Name">
                        <Button variant="link" isInline data-testid="kcscim-mapping-name" onClick={() => setEditing(mapping)}>
                          {mapping.name}
                        </Button>
                      </Td>
                      <Td dataLabel="Configuration">{configurationName(mapping.configurationId)}</Td>
                      <Td dataLabel="Groups">
                        <CompactLabels values={mapping.groups.map((group) => group.name)} numLabels={3} testId="kcscim-mapping-group" />
                      </Td>
                      <Td dataLabel="Roles">
                        <CompactLabels values={mapping.roles} numLabels={3} testId="kcscim-mapping-role" />
                      </Td>
                      <Td dataLabel="Accounts">
                        <CompactLabels values={mapping.accounts} numLabels={3} testId="kcscim-mapping-account" />
                      </Td>
                      <Td dataLabel="Sign-in means">
                        <CompactLabels values={mapping.means.map((means) => meansLabel(means, providers))} numLabels={3} testId="kcscim-mapping-means" />
                      </Td>
                      <Td isActionCell>
                        <ActionsColumn
                          items={[
                            { title: access.canManage ? "Edit" : "View", onClick: () => setEditing(mapping) },
                            ...(access.canManage ? [{ title: "Delete", onClick: () => setDeleting(mapping) }] : []),
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
  return (
    <ViewHeader
      title="SCIM mappings"
      description="A mapping gives the members of provisioned groups roles in chosen realms (accounts), and says how they may sign in."
    />
  );
}
