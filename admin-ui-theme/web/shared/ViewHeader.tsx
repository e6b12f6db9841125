import { PageSection, Text, TextContent, Title } from "@patternfly/react-core";
import type { ReactNode } from "react";

/** The title band every console page starts with: a heading and one line that says what the page is for. */
export function ViewHeader({ title, description }: { title: string; description: ReactNode }) {
  return (
    <PageSection variant="light" className="kcscim-view-header">
      <TextContent>
        <Title headingLevel="h1" data-testid="kcscim-view-title">
          {title}
        </Title>
        <Text component="p">{description}</Text>
      </TextContent>
    </PageSection>
  );
}
