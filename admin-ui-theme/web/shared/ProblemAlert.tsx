import { Alert } from "@patternfly/react-core";

/** Why a dialog's last action failed, above its content; nothing while nothing failed. */
export function ProblemAlert({ title, problem }: { title: string; problem: string | null }) {
  if (!problem) {
    return null;
  }
  return (
    <Alert variant="danger" isInline title={title} className="pf-v5-u-mb-md">
      {problem}
    </Alert>
  );
}
