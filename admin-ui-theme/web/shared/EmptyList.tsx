import type { ReactNode } from "react";
import { EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter, EmptyStateHeader, EmptyStateIcon } from "@patternfly/react-core";
import PlusCircleIcon from "@patternfly/react-icons/dist/esm/icons/plus-circle-icon";

interface Props {
  title: string;
  /** What to create first, and why. */
  children: ReactNode;
  /** The create button, for an administrator who may create; none otherwise. */
  create: ReactNode;
  testId: string;
}

/** The empty state of a list that has nothing yet, offering to create the first one. */
export function EmptyList({ title, children, create, testId }: Props) {
  return (
    <EmptyState data-testid={testId}>
      <EmptyStateHeader titleText={title} icon={<EmptyStateIcon icon={PlusCircleIcon} />} headingLevel="h2" />
      <EmptyStateBody>{children}</EmptyStateBody>
      {create && (
        <EmptyStateFooter>
          <EmptyStateActions>{create}</EmptyStateActions>
        </EmptyStateFooter>
      )}
    </EmptyState>
  );
}
