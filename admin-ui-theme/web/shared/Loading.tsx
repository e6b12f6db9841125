import { Bullseye, Spinner } from "@patternfly/react-core";

export function Loading({ what }: { what: string }) {
  return (
    <Bullseye className="pf-v5-u-p-xl" data-testid="kcscim-loading">
      <Spinner aria-label={`Loading ${what}`} />
    </Bullseye>
  );
}
