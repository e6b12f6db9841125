import type { ReactElement } from "react";
import { Button } from "@patternfly/react-core";
import type { Translate } from "../i18n/Messages";

interface Options {
  t: Translate;
  readOnly: boolean;
  busy: boolean;
  onSave: () => void;
  onClose: () => void;
}

/** A form dialog's buttons: Save (busy while saving) and Cancel, or only Close for who may not change it. */
export function formActions({ t, readOnly, busy, onSave, onClose }: Options): ReactElement[] {
  return readOnly
    ? [
        <Button key="close" variant="primary" onClick={onClose}>
          {t("kcscim.common.close")}
        </Button>,
      ]
    : [
        <Button key="save" data-testid="kcscim-dialog-save" onClick={onSave} isLoading={busy} isDisabled={busy}>
          {t("kcscim.common.save")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("kcscim.common.cancel")}
        </Button>,
      ];
}
