/** The Word pane with its theme; the pane entry loads this module only when running in Word. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WordPaneHost } from "../../app/word-ports";
import { WordPane } from "./WordPane";

export function WordRoot({ host }: { host: WordPaneHost }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <WordPane host={host} />
    </FluentProvider>
  );
}
