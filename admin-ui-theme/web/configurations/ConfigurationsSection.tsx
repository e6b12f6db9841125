import { useCallback, useMemo, useState } from "react";
import {
  Button,
  Label,
  PageSection,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
  Alert,
} from "@patternfly/react-core";
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { ConfigurationsApi, type Configuration } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";
import { ViewHeader } from "../shared/ViewHeader";
import { Loading } from "../shared/Loading";
import { useListing } from "../shared/useListing";
import { EmptyList } from "../shared/EmptyList";
import { NoSearchResults } from "../shared/NoSearchResults";
import { CompactLabels } from "../shared/CompactLabels";
import { formatInstant } from "../shared/dates";
import { ConfigurationDialog } from "./ConfigurationDialog";
import { DeleteConfigurationDialog } from "./DeleteConfigurationDialog";
import { ActivityDialog } from "./ActivityDialog";

/** SCIM > Configurations: the directory connections of the realm, searchable, with create, edit and delete. */
export function ConfigurationsSection() {
  const { api, realm, access } = useScreen();
  const configurations = useMemo(() => new ConfigurationsApi(api), [api]);
  const load = useCallback(() => configurations.list(realm), [configurations, realm]);
  const { listing, closeThenReload } = useListing(load);
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Configuration | "new" | null>(null);
  const [deleting, setDeleting] = useState<Configuration | null>(null);
  const [watching, setWatching] = useState<Configuration | null>(null);

  const shown = useMemo(() => {
    if (listing.state !== "loaded") {
      return [];
    }
    const needle = search.trim().toLowerCase();
    return needle ? listing.data.filter((item) => item.name.toLowerCase().includes(needle)) : listing.data;
  }, [listing, search]);

  const create = access.canManage ? (
    <Button data-testid="kcscim-create-configuration" onClick={() => setEditing("new")}>
      Create configuration
    </Button>
  ) : null;

  return (
    <>
      <ViewHeader
        title="SCIM configurations"
        description="Each configuration connects one directory (Entra ID, Okta...) that provisions users and groups into this realm over SCIM, with its own API key."
      />
      <PageSection variant="light" className="pf-v5-u-p-0">
        {listing.state === "loading" && <Loading what="configurations" />}
        {listing.state === "failed" && (
          <Alert variant="danger" isInline title="The configurations could not be loaded" className="pf-v5-u-m-md">
            {listing.message}
          </Alert>
        )}
        {listing.state === "loaded" && listing.data.length === 0 && (
          <EmptyList title="No SCIM configurations" create={create} testId="kcscim-configurations-empty">
            Create a configuration to get an API key and the SCIM base URL to enter in your directory.
          </EmptyList>
        )}
        {listing.state === "loaded" && listing.data.length > 0 && (
          <>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem variant="search-filter">
                  <SearchInput
                    data-testid="kcscim-search"
                    placeholder="Search configurations"
                    aria-label="Search configurations"
                    value={search}
                    onChange={(_event, value) => setSearch(value)}
                    onClear={() => setSearch("")}
                  />
                </ToolbarItem>
                {create && <ToolbarItem>{create}</ToolbarItem>}
              </ToolbarContent>
            </Toolbar>
            {shown.length === 0 ? (
              <NoSearchResults testId="kcscim-configurations-no-match" onClear={() => setSearch("")}>
                No configuration name contains "{search}".
              </NoSearchResults>
            ) : (
              <Table aria-label="SCIM configurations" variant="compact" data-testid="kcscim-configurations-table">
                <Thead>
                  <Tr>
                    <Th>Name</Th>
                    <Th>Accounts</Th>
                    <Th>Status</Th>
                    <Th>Last key use</Th>
                    <Th screenReaderText="Actions" />
                  </Tr>
                </Thead>
                <Tbody>
                  {shown.map((item) => (
                    <Tr key={item.id} data-testid="kcscim-configuration-row">
                      <Td dataLabel="Name">
                        <Button variant="link" isInline data-testid="kcscim-configuration-name" onClick={() => setEditing(item)}>
                          {item.name}
                        </Button>
                      </Td>
                      <Td dataLabel="Accounts">
                        <CompactLabels values={item.accounts} numLabels={4} />
                      </Td>
                      <Td dataLabel="Status">
                        {item.active ? (
                          <Label color="green" data-testid="kcscim-configuration-status">Active</Label>
                        ) : (
                          <Label color="grey" data-testid="kcscim-configuration-status">Inactive</Label>
                        )}
                      </Td>
                      <Td dataLabel="Last key use">{formatInstant(item.keyLastUsedAt)}</Td>
                      <Td isActionCell>
                        <ActionsColumn
                          items={[
                            { title: access.canManage ? "Edit" : "View", onClick: () => setEditing(item) },
                            { title: "Activity", onClick: () => setWatching(item) },
                            ...(access.canManage ? [{ title: "Delete", onClick: () => setDeleting(item) }] : []),
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
        <ConfigurationDialog
          configurations={configurations}
          existing={editing === "new" ? null : editing}
          onClose={closeThenReload(() => setEditing(null))}
        />
      )}
      {watching && <ActivityDialog configuration={watching} onClose={() => setWatching(null)} />}
      {deleting && (
        <DeleteConfigurationDialog
          configurations={configurations}
          configuration={deleting}
          onClose={closeThenReload(() => setDeleting(null))}
        />
      )}
    </>
  );
}
