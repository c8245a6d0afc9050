import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  line: { display: "block" },
  // A form file's expression and the caret under the place at fault line up only in a fixed-width font.
  code: { display: "block", whiteSpace: "pre", overflowX: "auto", fontFamily: tokens.fontFamilyMonospace },
});

/** A problem's message line by line, as the catalogue words it; indented lines (an expression and its caret) kept as typed. */
export function MessageText({ message }: { message: string }) {
  const styles = useStyles();
  const lines = message.split("\n");
  if (lines.length === 1) return <>{message}</>;
  return (
    <>
      {lines.map((line, i) =>
        line.startsWith(" ") ? (
          <code key={i} className={styles.code}>
            {line}
          </code>
        ) : (
          <span key={i} className={styles.line}>
            {line}
          </span>
        ),
      )}
    </>
  );
}
