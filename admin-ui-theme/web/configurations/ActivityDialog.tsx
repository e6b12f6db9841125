import { useCallback } from "react";
import { Alert, Button, EmptyState, EmptyStateBody, EmptyStateHeader, Label, Modal } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { ApiError } from "../api/adminApi";
import { loadActivity } from "../api/activity";
import type { Configuration } from "../api/configurations";
import { useScreen } from "../shared/ScreenContext";
import { Loading } from "../shared/Loading";
import { useListing } from "../shared/useListing";

/**
 * The recent activity of one configuration, newest first: what its directory changed over SCIM and the sign-ins
 * refused to its users, with the reason. Read from the realm's saved events, so it needs view-events and events
 * being saved; both are said plainly when missing.
 */
export function ActivityDialog({ configuration, onClose }: { configuration: Configuration; onClose: () => void }) {
  const { api, realm } = useScreen();
  const load = useCallback(
    () =>
      loadActivity(api, realm, configuration.id).catch((error: Error) => {
        throw error instanceof ApiError && error.status === 403
          ? new Error("Reading the activity needs the view-events role of this realm as well.")
          : error;
      }),
    [api, realm, configuration.id],
  );
  const { listing } = useListing(load);

  return (
    <Modal
      variant="large"
      title={`Activity of ${configuration.name}`}
      description="What the directory changed over SCIM and the sign-ins refused to its users, newest first. Taken from the realm's saved admin and user events (Realm settings > Events)."
      isOpen
      onClose={onClose}
      actions={[
        <Button key="close" onClick={onClose}>
          Close
        </Button>,
      ]}
    >
      {listing.state === "loading" && <Loading what="the activity" />}
      {listing.state === "failed" && (
        <Alert variant="danger" isInline title="The activity could not be loaded">
          {listing.message}
        </Alert>
      )}
      {listing.state === "loaded" && listing.data.length === 0 && (
        <EmptyState variant="sm" data-testid="kcscim-activity-empty">
          <EmptyStateHeader titleText="No activity recorded" headingLevel="h2" />
          <EmptyStateBody>
            Nothing was recorded for this configuration. Changes and refused sign-ins appear here when the realm saves
            admin events and user events.
          </EmptyStateBody>
        </EmptyState>
      )}
      {listing.state === "loaded" && listing.data.length > 0 && (
        <Table aria-label="Activity" variant="compact" data-testid="kcscim-activity-table">
          <Thead>
            <Tr>
              <Th>Time</Th>
              <Th>What</Th>
              <Th>Subject</Th>
              <Th>Details</Th>
            </Tr>
          </Thead>
          <Tbody>
            {listing.data.map((entry, index) => (
              <Tr key={`${entry.time}-${index}`} data-testid="kcscim-activity-row">
                <Td dataLabel="Time">{new Date(entry.time).toLocaleString()}</Td>
                <Td dataLabel="What" data-testid="kcscim-activity-what">
                  {entry.kind === "provisioning" ? (
                    `${entry.operation ?? ""} ${entry.resourceType ?? ""}`.trim()
                  ) : (
                    <Label color="red" isCompact>
                      Sign-in refused
                    </Label>
                  )}
                </Td>
                <Td dataLabel="Subject">{entry.kind === "provisioning" ? entry.resourcePath : (entry.username ?? entry.userId)}</Td>
                <Td dataLabel="Details">
                  {entry.kind === "refused-sign-in"
                    ? `${entry.reason === "no_mapping" ? "In no mapped group" : "Means not allowed"}: tried ${entry.attemptedMeans ?? "?"}, allowed ${entry.allowedMeans || "none"}${entry.clientId ? `, client ${entry.clientId}` : ""}`
                    : entry.ipAddress
                      ? `From ${entry.ipAddress}`
                      : ""}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Modal>
  );
}
