/** The workbook the document's figures come from, as the document records it. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReportLink } from "../../core/report/report-link";
import { dateTimeText } from "./texts";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export function LinkCard({ link }: { link: ReportLink }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    ["File tổng hợp", link.workbook || "(không rõ)"],
    ["Biểu mẫu", link.formId || "(không rõ)"],
    ["Kỳ báo cáo", link.period ?? "(không rõ)"],
    ["Cập nhật lần cuối", link.refreshedAt ? dateTimeText(link.refreshedAt) : "(không rõ)"],
  ];
  return (
    <section aria-label="Liên kết với sổ tổng hợp">
      <Text weight="semibold">Liên kết với sổ tổng hợp</Text>
      <dl className={styles.grid}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
