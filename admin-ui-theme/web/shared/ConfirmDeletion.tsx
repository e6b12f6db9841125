import { useState, type ReactNode } from "react";
import { Button, Modal } from "@patternfly/react-core";
import { useScreen } from "./ScreenContext";
import { ProblemAlert } from "./ProblemAlert";
import { useMessages } from "../i18n/MessagesContext";

interface Props {
  /** The name of what is deleted: the title asks "Delete <name>?". */
  name: string;
  /** Deletes it; the dialog then notifies `deletedNotice` and closes. */
  remove: () => Promise<void>;
  deletedNotice: string;
  /** The alert's title when the deletion fails (the dialog then stays open). */
  failedTitle: string;
  /** `deleted`: the list should reload. */
  onClose: (deleted: boolean) => void;
  testId?: string;
  /** What deleting it does, said before doing it. */
  children: ReactNode;
}

/** The shell of a delete confirmation: the consequences, Delete (busy while it runs) and Cancel, and why it failed. */
export function ConfirmDeletion({ name, remove, deletedNotice, failedTitle, onClose, testId, children }: Props) {
  const { notify } = useScreen();
  const { t } = useMessages();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    try {
      await remove();
      notify(deletedNotice);
      onClose(true);
    } catch (error) {
      setProblem((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal
      variant="small"
      titleIconVariant="warning"
      title={t("kcscim.common.deleteTitle", { name })}
      isOpen
      onClose={() => onClose(false)}
      data-testid={testId}
      actions={[
        <Button key="delete" variant="danger" data-testid="kcscim-delete-confirm" onClick={confirm} isLoading={busy} isDisabled={busy}>
          {t("kcscim.common.delete")}
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose(false)}>
          {t("kcscim.common.cancel")}
        </Button>,
      ]}
    >
      <ProblemAlert title={failedTitle} problem={problem} />
      {children}
    </Modal>
  );
}
