/** The validation of the chosen workbook: the summary line and its errors. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { PreparedReport } from "../../app/word-ports";
import { findingPlace, findingText, summaryText } from "../../core/findings-view";

const SHOWN = 10;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ValidationSummary({ report }: { report: PreparedReport }) {
  const styles = useStyles();
  const errors = report.findings.filter((f) => f.severity === "error");
  const intent = errors.length > 0 ? "error" : report.summary.warnings > 0 ? "warning" : "success";
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{report.workbook}</MessageBarTitle>
        {summaryText(report)}
        {report.period ? ` — kỳ ${report.period}` : null}
        {errors.length > 0 ? (
          <ul className={styles.list}>
            {errors.slice(0, SHOWN).map((f, i) => {
              const place = findingPlace(f);
              return (
                <li key={i}>
                  {place ? `${place}: ` : ""}
                  {findingText(f)}
                </li>
              );
            })}
            {errors.length > SHOWN ? <li>… và {errors.length - SHOWN} lỗi khác (mở sổ tổng hợp trong Excel và bấm Kiểm tra để xem hết).</li> : null}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
