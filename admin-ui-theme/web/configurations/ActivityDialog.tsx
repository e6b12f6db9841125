import { useCallback } from "react";
import { Alert, Button, EmptyState, EmptyStateBody, EmptyStateHeader, Label, Modal } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { ApiError } from "../api/adminApi";
import { loadActivity, type ActivityEntry } from "../api/activity";
import type { Configuration } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";
import { Loading } from "../shared/Loading";
import { useListing } from "../shared/useListing";
import { useMessages } from "../i18n/MessagesContext";
import type { Translate } from "../i18n/Messages";

/**
 * The recent activity of one configuration, newest first: what its directory changed over SCIM and the sign-ins
 * refused to its users, with the reason. Read from the realm's saved events, so it needs view-events and events
 * being saved; both are said plainly when missing.
 */
export function ActivityDialog({ configuration, onClose }: { configuration: Configuration; onClose: () => void }) {
  const { api, realm } = useScreen();
  const { t, formatDateTime } = useMessages();
  const load = useCallback(
    () =>
      loadActivity(api, realm, configuration.id).catch((error: Error) => {
        throw error instanceof ApiError && error.status === 403 ? new Error(t("kcscim.activity.needsViewEvents")) : error;
      }),
    [api, realm, configuration.id, t],
  );
  const { listing } = useListing(load);

  return (
    <Modal
      variant="large"
      title={t("kcscim.activity.title", { name: configuration.name })}
      description={t("kcscim.activity.description")}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="close" onClick={onClose}>
          {t("kcscim.common.close")}
        </Button>,
      ]}
    >
      {listing.state === "loading" && <Loading label={t("kcscim.activity.loading")} />}
      {listing.state === "failed" && (
        <Alert variant="danger" isInline title={t("kcscim.activity.loadFailed")}>
          {listing.message}
        </Alert>
      )}
      {listing.state === "loaded" && listing.data.length === 0 && (
        <EmptyState variant="sm" data-testid="kcscim-activity-empty">
          <EmptyStateHeader titleText={t("kcscim.activity.emptyTitle")} headingLevel="h2" />
          <EmptyStateBody>{t("kcscim.activity.emptyBody")}</EmptyStateBody>
        </EmptyState>
      )}
      {listing.state === "loaded" && listing.data.length > 0 && (
        <Table aria-label={t("kcscim.activity.table")} variant="compact" data-testid="kcscim-activity-table">
          <Thead>
            <Tr>
              <Th>{t("kcscim.activity.time")}</Th>
              <Th>{t("kcscim.activity.what")}</Th>
              <Th>{t("kcscim.activity.subject")}</Th>
              <Th>{t("kcscim.activity.details")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {listing.data.map((entry, index) => (
              <Tr key={`${entry.time}-${index}`} data-testid="kcscim-activity-row">
                <Td dataLabel={t("kcscim.activity.time")}>{formatDateTime(entry.time)}</Td>
                <Td dataLabel={t("kcscim.activity.what")} data-testid="kcscim-activity-what">
                  {entry.kind === "provisioning" ? (
                    `${entry.operation ?? ""} ${entry.resourceType ?? ""}`.trim()
                  ) : (
                    <Label color="red" isCompact>
                      {t("kcscim.activity.signInRefused")}
                    </Label>
                  )}
                </Td>
                <Td dataLabel={t("kcscim.activity.subject")}>{entry.kind === "provisioning" ? entry.resourcePath : (entry.username ?? entry.userId)}</Td>
                <Td dataLabel={t("kcscim.activity.details")}>{details(t, entry)}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Modal>
  );
}

/** A refused sign-in says why, what was tried and what is allowed; a provisioning change where it came from. */
function details(t: Translate, entry: ActivityEntry): string {
  if (entry.kind === "refused-sign-in") {
    const params = {
      reason: t(entry.reason === "no_mapping" ? "kcscim.activity.reasonNoMapping" : "kcscim.activity.reasonMeansNotAllowed"),
      // Means are data (`local`, `idp:<alias>`), shown as the event recorded them.
      attempted: entry.attemptedMeans ?? "?",
      allowed: entry.allowedMeans || t("kcscim.activity.noMeansAllowed"),
      client: entry.clientId ?? "",
    };
    return t(entry.clientId ? "kcscim.activity.refusedInClient" : "kcscim.activity.refused", params);
  }
  return entry.ipAddress ? t("kcscim.activity.from", { address: entry.ipAddress }) : "";
}
