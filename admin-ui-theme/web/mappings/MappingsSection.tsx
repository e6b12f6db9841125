import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Alert,
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  EmptyStateHeader,
  EmptyStateIcon,
  FormSelect,
  FormSelectOption,
  Label,
  LabelGroup,
  PageSection,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import PlusCircleIcon from "@patternfly/react-icons/dist/esm/icons/plus-circle-icon";
import SearchIcon from "@patternfly/react-icons/dist/esm/icons/search-icon";
import { ConfigurationsApi, type Configuration } from "../api/configurations";
import { MappingsApi, meansLabel, type IdentityProvider, type Mapping } from "../api/mappings";
import { useScreen } from "../shared/ScreenContext";
import { ViewHeader } from "../shared/ViewHeader";
import { Loading } from "../shared/Loading";
import { MappingDialog } from "./MappingDialog";
import { DeleteMappingDialog } from "./DeleteMappingDialog";
import { EnforcementPanel } from "./EnforcementPanel";

type Listing =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "loaded"; mappings: Mapping[]; configurations: Configuration[]; providers: IdentityProvider[] };

const ALL = "";

/** SCIM > Mappings: which provisioned groups get which roles in which realms, and how their members sign in. */
export function MappingsSection() {
  const { api, realm, access } = useScreen();
  const mappingsApi = useMemo(() => new MappingsApi(api), [api]);
  const configurationsApi = useMemo(() => new ConfigurationsApi(api), [api]);
  const [listing, setListing] = useState<Listing>({ state: "loading" });
  const [search, setSearch] = useState("");
  const [configurationFilter, setConfigurationFilter] = useState(ALL);
  const [editing, setEditing] = useState<Mapping | "new" | null>(null);
  const [deleting, setDeleting] = useState<Mapping | null>(null);

  const reload = useCallback(async () => {
    try {
      const [mappings, configurations, providers] = await Promise.all([
        mappingsApi.list(realm),
        configurationsApi.list(realm),
        mappingsApi.identityProviders(realm),
      ]);
      setListing({ state: "loaded", mappings, configurations, providers });
    } catch (error) {
      setListing({ state: "failed", message: (error as Error).message });
    }
  }, [mappingsApi, configurationsApi, realm]);

  useEffect(() => {
    setListing({ state: "loading" });
    void reload();
  }, [reload]);

  const shown = useMemo(() => {
    if (listing.state !== "loaded") {
      return [];
    }
    const needle = search.trim().toLowerCase();
    return listing.mappings
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

  const configurationName = (id: string) => listing.configurations.find((c) => c.id === id)?.name ?? id;
  const create =
    access.canManage && listing.configurations.length > 0 ? (
      <Button data-testid="kcscim-create-mapping" onClick={() => setEditing("new")}>
        Create mapping
      </Button>
    ) : null;

  return (
    <>
      <Header />
      <PageSection variant="light" className="pf-v5-u-p-0">
        <EnforcementPanel />
        {listing.mappings.length === 0 ? (
          <EmptyState data-testid="kcscim-mappings-empty">
            <EmptyStateHeader titleText="No mappings" icon={<EmptyStateIcon icon={PlusCircleIcon} />} headingLevel="h2" />
            <EmptyStateBody>
              {listing.configurations.length === 0
                ? "Mappings work on the groups a SCIM configuration provisioned: create a configuration first."
                : "Create a mapping to give the members of provisioned groups roles in chosen realms."}
            </EmptyStateBody>
            {create && (
              <EmptyStateFooter>
                <EmptyStateActions>{create}</EmptyStateActions>
              </EmptyStateFooter>
            )}
          </EmptyState>
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
                    {listing.configurations.map((configuration) => (
                      <FormSelectOption key={configuration.id} value={configuration.id} label={configuration.name} />
                    ))}
                  </FormSelect>
                </ToolbarItem>
                {create && <ToolbarItem>{create}</ToolbarItem>}
              </ToolbarContent>
            </Toolbar>
            {shown.length === 0 ? (
              <EmptyState variant="sm">
                <EmptyStateHeader titleText="No search results" icon={<EmptyStateIcon icon={SearchIcon} />} headingLevel="h2" />
                <EmptyStateBody>No mapping matches the search and the configuration filter.</EmptyStateBody>
              </EmptyState>
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
                        <Labels values={mapping.groups.map((group) => group.name)} testId="kcscim-mapping-group" />
                      </Td>
                      <Td dataLabel="Roles">
                        <Labels values={mapping.roles} testId="kcscim-mapping-role" />
                      </Td>
                      <Td dataLabel="Accounts">
                        <Labels values={mapping.accounts} testId="kcscim-mapping-account" />
                      </Td>
                      <Td dataLabel="Sign-in means">
                        <Labels values={mapping.means.map((means) => meansLabel(means, listing.providers))} testId="kcscim-mapping-means" />
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
          configurations={listing.configurations}
          providers={listing.providers}
          existing={editing === "new" ? null : editing}
          initialConfigurationId={configurationFilter || listing.configurations[0]?.id}
          onClose={(changed) => {
            setEditing(null);
            if (changed) {
              void reload();
            }
          }}
        />
      )}
      {deleting && (
        <DeleteMappingDialog
          mappings={mappingsApi}
          mapping={deleting}
          onClose={(deleted) => {
            setDeleting(null);
            if (deleted) {
              void reload();
            }
          }}
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

function Labels({ values, testId }: { values: string[]; testId: string }) {
  return (
    <LabelGroup numLabels={3}>
      {values.map((value) => (
        <Label key={value} isCompact data-testid={testId}>
          {value}
        </Label>
      ))}
    </LabelGroup>
  );
}
