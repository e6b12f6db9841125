import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  EmptyStateHeader,
  EmptyStateIcon,
  Label,
  LabelGroup,
  PageSection,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
  Alert,
} from "@patternfly/react-core";
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import PlusCircleIcon from "@patternfly/react-icons/dist/esm/icons/plus-circle-icon";
import SearchIcon from "@patternfly/react-icons/dist/esm/icons/search-icon";
import { ConfigurationsApi, type Configuration } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";
import { ViewHeader } from "../shared/ViewHeader";
import { Loading } from "../shared/Loading";
import { formatInstant } from "../shared/dates";
import { ConfigurationDialog } from "./ConfigurationDialog";
import { DeleteConfigurationDialog } from "./DeleteConfigurationDialog";
import { ActivityDialog } from "./ActivityDialog";

type Listing = { state: "loading" } | { state: "failed"; message: string } | { state: "loaded"; items: Configuration[] };

/** SCIM > Configurations: the directory connections of the realm, searchable, with create, edit and delete. */
export function ConfigurationsSection() {
  const { api, realm, access } = useScreen();
  const configurations = useMemo(() => new ConfigurationsApi(api), [api]);
  const [listing, setListing] = useState<Listing>({ state: "loading" });
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Configuration | "new" | null>(null);
  const [deleting, setDeleting] = useState<Configuration | null>(null);
  const [watching, setWatching] = useState<Configuration | null>(null);

  const reload = useCallback(async () => {
    try {
      setListing({ state: "loaded", items: await configurations.list(realm) });
    } catch (error) {
      setListing({ state: "failed", message: (error as Error).message });
    }
  }, [configurations, realm]);

  useEffect(() => {
    setListing({ state: "loading" });
    void reload();
  }, [reload]);

  const shown = useMemo(() => {
    if (listing.state !== "loaded") {
      return [];
    }
    const needle = search.trim().toLowerCase();
    return needle ? listing.items.filter((item) => item.name.toLowerCase().includes(needle)) : listing.items;
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
        {listing.state === "loaded" && listing.items.length === 0 && (
          <EmptyState data-testid="kcscim-configurations-empty">
            <EmptyStateHeader titleText="No SCIM configurations" icon={<EmptyStateIcon icon={PlusCircleIcon} />} headingLevel="h2" />
            <EmptyStateBody>
              Create a configuration to get an API key and the SCIM base URL to enter in your directory.
            </EmptyStateBody>
            {create && (
              <EmptyStateFooter>
                <EmptyStateActions>{create}</EmptyStateActions>
              </EmptyStateFooter>
            )}
          </EmptyState>
        )}
        {listing.state === "loaded" && listing.items.length > 0 && (
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
              <EmptyState variant="sm" data-testid="kcscim-configurations-no-match">
                <EmptyStateHeader titleText="No search results" icon={<EmptyStateIcon icon={SearchIcon} />} headingLevel="h2" />
                <EmptyStateBody>No configuration name contains "{search}".</EmptyStateBody>
                <EmptyStateFooter>
                  <Button variant="link" onClick={() => setSearch("")}>
                    Clear the search
                  </Button>
                </EmptyStateFooter>
              </EmptyState>
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
                        <LabelGroup numLabels={4}>
                          {item.accounts.map((account) => (
                            <Label key={account} isCompact>
                              {account}
                            </Label>
                          ))}
                        </LabelGroup>
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
          onClose={(changed) => {
            setEditing(null);
            if (changed) {
              void reload();
            }
          }}
        />
      )}
      {watching && <ActivityDialog configuration={watching} onClose={() => setWatching(null)} />}
      {deleting && (
        <DeleteConfigurationDialog
          configurations={configurations}
          configuration={deleting}
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
