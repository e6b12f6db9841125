import { Label, LabelGroup } from "@patternfly/react-core";
import type { Translate } from "../i18n/Messages";
import { useMessages } from "../i18n/MessagesContext";

/**
 * The texts of a collapsed label group ("n more", "Show Less"), which PatternFly would write in English.
 * PatternFly fills `${remaining}` in itself, so the message gets it as a literal placeholder.
 */
export function labelGroupTexts(t: Translate): { collapsedText: string; expandedText: string } {
  return {
    collapsedText: t("kcscim.labels.more", { remaining: "${remaining}" }),
    expandedText: t("kcscim.labels.less"),
  };
}

/** A table cell's list of names as compact labels, collapsed after `numLabels` ("n more"). */
export function CompactLabels({ values, numLabels, testId }: { values: string[]; numLabels: number; testId?: string }) {
  const { t } = useMessages();
  return (
    <LabelGroup numLabels={numLabels} {...labelGroupTexts(t)}>
      {values.map((value) => (
        <Label key={value} isCompact data-testid={testId}>
          {value}
        </Label>
      ))}
    </LabelGroup>
  );
}
