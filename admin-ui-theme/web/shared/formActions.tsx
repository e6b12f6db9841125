import type { ReactElement } from "react";
import { Button } from "@patternfly/react-core";

interface Options {
  readOnly: boolean;
  busy: boolean;
  onSave: () => void;
  onClose: () => void;
}

/** A form dialog's buttons: Save (busy while saving) and Cancel, or only Close for who may not change it. */
export function formActions({ readOnly, busy, onSave, onClose }: Options): ReactElement[] {
  return readOnly
    ? [
        <Button key="close" variant="primary" onClick={onClose}>
          Close
        </Button>,
      ]
    : [
        <Button key="save" data-testid="kcscim-dialog-save" onClick={onSave} isLoading={busy} isDisabled={busy}>
          Save
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          Cancel
        </Button>,
      ];
}
