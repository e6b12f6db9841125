import type { ReactNode } from "react";
import { Button, EmptyState, EmptyStateBody, EmptyStateFooter, EmptyStateHeader, EmptyStateIcon } from "@patternfly/react-core";
import SearchIcon from "@patternfly/react-icons/dist/esm/icons/search-icon";
import { useMessages } from "../i18n/MessagesContext";

interface Props {
  /** Says what matched nothing. */
  children: ReactNode;
  /** When given, a "Clear the search" link that calls it. */
  onClear?: () => void;
  testId?: string;
}

/** The small empty state of a list whose search or filter leaves no row. */
export function NoSearchResults({ children, onClear, testId }: Props) {
  const { t } = useMessages();
  return (
    <EmptyState variant="sm" data-testid={testId}>
      <EmptyStateHeader titleText={t("kcscim.search.noResults")} icon={<EmptyStateIcon icon={SearchIcon} />} headingLevel="h2" />
      <EmptyStateBody>{children}</EmptyStateBody>
      {onClear && (
        <EmptyStateFooter>
          <Button variant="link" onClick={onClear}>
            {t("kcscim.search.clear")}
          </Button>
        </EmptyStateFooter>
      )}
    </EmptyState>
  );
}
