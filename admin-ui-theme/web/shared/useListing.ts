import { useCallback, useEffect, useState } from "react";

export type Listing<T> = { state: "loading" } | { state: "failed"; message: string } | { state: "loaded"; data: T };

/**
 * Loads what a screen lists when it opens (and again when `load` changes), tracking loading, failure and
 * the loaded data. `load` must be memoized (useCallback), or it loads on every render.
 */
export function useListing<T>(load: () => Promise<T>) {
  const [listing, setListing] = useState<Listing<T>>({ state: "loading" });

  const reload = useCallback(async () => {
    try {
      setListing({ state: "loaded", data: await load() });
    } catch (error) {
      setListing({ state: "failed", message: (error as Error).message });
    }
  }, [load]);

  useEffect(() => {
    setListing({ state: "loading" });
    void reload();
  }, [reload]);

  // A dialog's onClose: close it, then reload the listing when the dialog changed something.
  const closeThenReload = useCallback(
    (close: () => void) => (changed: boolean) => {
      close();
      if (changed) {
        void reload();
      }
    },
    [reload],
  );

  return { listing, closeThenReload };
}
