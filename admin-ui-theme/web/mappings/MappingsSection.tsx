import { EmptyState, EmptyStateBody, EmptyStateHeader, PageSection } from "@patternfly/react-core";
import { ViewHeader } from "../shared/ViewHeader";

/** SCIM > Mappings. Not built yet: the route exists so the navigation is final (issue 6). */
export function MappingsSection() {
  return (
    <>
      <ViewHeader
        title="SCIM mappings"
        description="Mappings give the members of provisioned groups roles in chosen realms, and say how they may sign in."
      />
      <PageSection variant="light">
        <EmptyState data-testid="kcscim-mappings-pending">
          <EmptyStateHeader titleText="Not available in this version" headingLevel="h2" />
          <EmptyStateBody>Mappings are managed through the admin REST API for now (README, "Mappings").</EmptyStateBody>
        </EmptyState>
      </PageSection>
    </>
  );
}
