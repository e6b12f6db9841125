/**
 * A dialog's Escape handler (PatternFly Modal's onEscapePress) that leaves an Escape alone when a control inside
 * the dialog already used it: a picker closing its open list marks the key handled, and the dialog stays open.
 * React's listener on the page runs before the Modal's own, so the mark is there when this is called.
 */
export function escapeClosesUnlessHandled(close: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (!event.defaultPrevented) {
      close();
    }
  };
}
