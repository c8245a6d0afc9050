import { Button, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from "@fluentui/react-components";
import { ReactNode, useState } from "react";
import type { Finding } from "../../core/findings";
import { groupFindings, severityTitle, SeverityFilter } from "../../core/findings-view";
import { formatNumber } from "../../core/numbers";
import type { ValidationResult } from "../../app/use-cases/check-workbooks";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  group: { marginTop: tokens.spacingVerticalM },
  // In a narrow pane the options wrap as a whole instead of breaking "Tất cả (3)" over two lines.
  filter: { flexWrap: "wrap" },
  option: { whiteSpace: "nowrap" },
});

interface Props {
  result: ValidationResult;
  disabled: boolean;
  onGo: (f: Finding) => void;
  /** What going to a finding's cell does, as the link's tooltip. */
  goTitle: string;
  /** Marks the findings shown; without it (the preview's files are read-only) there is no marking. */
  onMark?: (findings: Finding[]) => void;
  /** Shown under a finding, when the pane shows its cell itself; undefined when the host selects the cell. */
  detail?: (f: Finding) => ReactNode;
}

export function Findings({ result, disabled, onGo, goTitle, onMark, detail }: Props) {
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const groups = groupFindings(result, filter);
  const shown = groups.flatMap((g) => g.findings);
  const s = result.summary;
  const options: [SeverityFilter, string][] = [
    ["all", `Tất cả (${formatNumber(s.errors + s.warnings + s.infos)})`],
    ["error", `${severityTitle("error")} (${formatNumber(s.errors)})`],
    ["warning", `${severityTitle("warning")} (${formatNumber(s.warnings)})`],
    ["info", `${severityTitle("info")} (${formatNumber(s.infos)})`],
  ];
  return (
    <section aria-label="Kết quả kiểm tra">
      <RadioGroup
        layout="horizontal"
        className={styles.filter}
        value={filter}
        onChange={(_, d) => setFilter(d.value as SeverityFilter)}
        aria-label="Lọc theo mức độ"
      >
        {options.map(([value, label]) => (
          <Radio key={value} value={value} label={{ children: label, className: styles.option }} />
        ))}
      </RadioGroup>
      {onMark && (
        <div className={styles.bar}>
          <Button disabled={disabled || shown.every((f) => !f.cell)} onClick={() => onMark(shown)}>
            Đánh dấu ô lỗi
          </Button>
        </div>
      )}
      {groups.map((g) => (
        <div key={g.title} className={styles.group}>
          <Subtitle2 as="h3">
            {g.title}
            {g.sheet && g.sheet !== g.title ? ` (trang ${g.sheet})` : ""} — {formatNumber(g.findings.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {g.findings.map((f, i) => {
              const more = detail?.(f);
              return (
                <FindingItem key={i} finding={f} onGo={onGo} goTitle={goTitle} expanded={detail ? Boolean(more) : undefined}>
                  {more}
                </FindingItem>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
