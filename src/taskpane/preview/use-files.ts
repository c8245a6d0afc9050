import { useCallback, useSyncExternalStore } from "react";
import { can, type OpenedFile, type PaneHost } from "../../app/ports";

const NONE: readonly OpenedFile[] = [];

/** The files open in the preview, re-rendering on every change; none in Excel. */
export function useOpenedFiles(host: PaneHost | null): readonly OpenedFile[] {
  const subscribe = useCallback((listener: () => void) => (can(host, "opensFiles") ? host.subscribe(listener) : () => undefined), [host]);
  return useSyncExternalStore(subscribe, () => (can(host, "opensFiles") ? host.files() : NONE));
}
