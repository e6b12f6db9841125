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
import { FirstSteps } from "./FirstSteps";
import { NoSearchResults } from "../shared/NoSearchResults";
import { CompactLabels } from "../shared/CompactLabels";
import { useMessages } from "../i18n/MessagesContext";
import { ConfigurationDialog } from "./ConfigurationDialog";
import { DeleteConfigurationDialog } from "./DeleteConfigurationDialog";
import { ActivityDialog } from "./ActivityDialog";

/** SCIM > Configurations: the directory connections of the realm, searchable, with create, edit and delete. */
export function ConfigurationsSection() {
  const { api, realm, access } = useScreen();
  const { t, formatDateTime } = useMessages();
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
      {t("kcscim.configurations.create")}
    </Button>
  ) : null;

  return (
    <>
      <ViewHeader
        title={t("kcscim.configurations.title")}
        description={t("kcscim.configurations.description")}
      />
      <PageSection variant="light" className="pf-v5-u-p-0">
        {listing.state === "loading" && <Loading label={t("kcscim.configurations.loading")} />}
        {listing.state === "failed" && (
          <Alert variant="danger" isInline title={t("kcscim.configurations.loadFailed")} className="pf-v5-u-m-md">
            {listing.message}
          </Alert>
        )}
        {listing.state === "loaded" && listing.data.length === 0 && (
          <EmptyList title={t("kcscim.configurations.emptyTitle")} create={create} testId="kcscim-configurations-empty">
            <FirstSteps />
          </EmptyList>
        )}
        {listing.state === "loaded" && listing.data.length > 0 && (
          <>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem variant="search-filter">
                  <SearchInput
                    data-testid="kcscim-search"
                    placeholder={t("kcscim.configurations.search")}
                    aria-label={t("kcscim.configurations.search")}
                    resetButtonLabel={t("kcscim.search.reset")}
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
                {t("kcscim.configurations.noMatch", { search })}
              </NoSearchResults>
            ) : (
              <Table aria-label={t("kcscim.configurations.table")} variant="compact" data-testid="kcscim-configurations-table">
                <Thead>
                  <Tr>
                    <Th>{t("kcscim.field.name")}</Th>
                    <Th>{t("kcscim.field.accounts")}</Th>
                    <Th>{t("kcscim.field.status")}</Th>
                    <Th>{t("kcscim.field.lastKeyUse")}</Th>
                    <Th screenReaderText={t("kcscim.common.actions")} />
                  </Tr>
                </Thead>
                <Tbody>
                  {shown.map((item) => (
                    <Tr key={item.id} data-testid="kcscim-configuration-row">
                      <Td dataLabel={t("kcscim.field.name")}>
                        <Button variant="link" isInline data-testid="kcscim-configuration-name" onClick={() => setEditing(item)}>
                          {item.name}
                        </Button>
                      </Td>
                      <Td dataLabel={t("kcscim.field.accounts")}>
                        <CompactLabels values={item.accounts} numLabels={4} />
                      </Td>
                      <Td dataLabel={t("kcscim.field.status")}>
                        {item.active ? (
                          <Label color="green" data-testid="kcscim-configuration-status">
                            {t("kcscim.configurations.active")}
                          </Label>
                        ) : (
                          <Label color="grey" data-testid="kcscim-configuration-status">
                            {t("kcscim.configurations.inactive")}
                          </Label>
                        )}
                      </Td>
                      <Td dataLabel={t("kcscim.field.lastKeyUse")} data-testid="kcscim-configuration-last-use">
                        {item.keyLastUsedAt ? formatDateTime(item.keyLastUsedAt) : t("kcscim.common.never")}
                      </Td>
                      <Td isActionCell>
                        <ActionsColumn
                          items={[
                            { title: t(access.canManage ? "kcscim.common.edit" : "kcscim.common.view"), onClick: () => setEditing(item) },
                            { title: t("kcscim.configurations.activity"), onClick: () => setWatching(item) },
                            ...(access.canManage ? [{ title: t("kcscim.common.delete"), onClick: () => setDeleting(item) }] : []),
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
