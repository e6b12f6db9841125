import { useState } from "react";
import { copyText } from "./copyText";

/** What the last press of a copy button did, until its tooltip hides. */
export type CopyOutcome = "none" | "copied" | "failed";

/**
 * A copy button's behaviour: `copy(text)` puts the text on the clipboard and remembers how that went, so the
 * button's tooltip can say so; `reset()` when the tooltip hides. `tip` is the message key for the tooltip now.
 */
export function useCopy() {
  const [outcome, setOutcome] = useState<CopyOutcome>("none");
  const copy = async (text: string) => {
    try {
      await copyText(text);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  };
  const tip =
    outcome === "copied" ? "kcscim.secret.copiedTip" : outcome === "failed" ? "kcscim.secret.copyFailedTip" : "kcscim.secret.copyTip";
  return { outcome, copy, tip, reset: () => setOutcome("none") };
}
