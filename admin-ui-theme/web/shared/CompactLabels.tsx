import { Label, LabelGroup } from "@patternfly/react-core";

/** A table cell's list of names as compact labels, collapsed after `numLabels` ("n more"). */
export function CompactLabels({ values, numLabels, testId }: { values: string[]; numLabels: number; testId?: string }) {
  return (
    <LabelGroup numLabels={numLabels}>
      {values.map((value) => (
        <Label key={value} isCompact data-testid={testId}>
          {value}
        </Label>
      ))}
    </LabelGroup>
  );
}
