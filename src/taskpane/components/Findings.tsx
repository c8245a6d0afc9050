import { Button, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings";
import { formatNumber } from "../../core/numbers";
import type { ValidationResult } from "../../core/validate";
import { groupFindings, SeverityFilter } from "../groups";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  group: { marginTop: tokens.spacingVerticalM },
});

interface Props {
  result: ValidationResult;
  disabled: boolean;
  onGo: (f: Finding) => void;
  /** Marks the findings shown. */
  onMark: (findings: Finding[]) => void;
}

export function Findings({ result, disabled, onGo, onMark }: Props) {
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const groups = groupFindings(result, filter);
  const shown = groups.flatMap((g) => g.findings);
  const s = result.summary;
  const options: [SeverityFilter, string][] = [
    ["all", `Tất cả (${formatNumber(s.errors + s.warnings + s.infos)})`],
    ["error", `Lỗi (${formatNumber(s.errors)})`],
    ["warning", `Cảnh báo (${formatNumber(s.warnings)})`],
    ["info", `Thông tin (${formatNumber(s.infos)})`],
  ];
  return (
    <section aria-label="Kết quả kiểm tra">
      <RadioGroup layout="horizontal" value={filter} onChange={(_, d) => setFilter(d.value as SeverityFilter)} aria-label="Lọc theo mức độ">
        {options.map(([value, label]) => (
          <Radio key={value} value={value} label={label} />
        ))}
      </RadioGroup>
      <div className={styles.bar}>
        <Button disabled={disabled || shown.every((f) => !f.cell)} onClick={() => onMark(shown)}>
          Đánh dấu ô lỗi
        </Button>
      </div>
      {groups.map((g) => (
        <div key={g.title} className={styles.group}>
          <Subtitle2 as="h3">
            {g.title}
            {g.sheet && g.sheet !== g.title ? ` (trang ${g.sheet})` : ""} — {formatNumber(g.findings.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {g.findings.map((f, i) => (
              <FindingItem key={i} finding={f} onGo={onGo} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
