import { useCallback, useSyncExternalStore } from "react";
import type { OpenedFile, PaneHost } from "../host";

const NONE: readonly OpenedFile[] = [];

/** The files open in the preview, re-rendering on every change; none in Excel. */
export function useOpenedFiles(host: PaneHost | null): readonly OpenedFile[] {
  const subscribe = useCallback((listener: () => void) => (host?.kind === "browser" ? host.subscribe(listener) : () => undefined), [host]);
  return useSyncExternalStore(subscribe, () => (host?.kind === "browser" ? host.files() : NONE));
}
