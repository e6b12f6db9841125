import { Bullseye, Spinner } from "@patternfly/react-core";

/** `label`: what a screen reader announces, e.g. "Loading configurations". */
export function Loading({ label }: { label: string }) {
  return (
    <Bullseye className="pf-v5-u-p-xl" data-testid="kcscim-loading">
      <Spinner aria-label={label} />
    </Bullseye>
  );
}
