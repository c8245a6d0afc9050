import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatNumber } from "../../core/numbers";
import { loadWorkflow } from "../lazy";
import type { TotalsWritten } from "../workflow";
import { Notice } from "./Notice";
import type { StepProps } from "./step-props";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
});

export function TotalsStep({ host, task, onChecked }: StepProps) {
  const styles = useStyles();
  const [written, setWritten] = useState<TotalsWritten | null>(null);

  const run = async () => {
    if (!host) return;
    const done = await task.run(async (p) => (await loadWorkflow()).writeTotals(host, p));
    if (!done) return;
    setWritten(done);
    onChecked(done);
  };

  const s = written?.result.summary;
  return (
    <div className={styles.panel}>
      <Text as="p">
        Tạo hoặc cập nhật trang “Tổng hợp” (số liệu từng đơn vị và cột Tổng cộng) và trang “Kết quả kiểm tra”. Trang do cán bộ tự lập không bao giờ
        bị ghi đè.
      </Text>
      <Button appearance="primary" disabled={!host || task.running} onClick={run}>
        Tổng hợp
      </Button>
      {written && s && (
        <Notice intent="success" title="Đã cập nhật">
          Trang “{written.totals.name}” ({formatNumber(written.result.units.filter((u) => u.counted).length)} đơn vị) và “{written.findings.name}” (
          {formatNumber(s.errors)} lỗi, {formatNumber(s.warnings)} cảnh báo). Đang hiển thị trang “{written.totals.name}”.
        </Notice>
      )}
      {written?.totals.userSheet && (
        <Notice intent="info">
          Trang “{written.totals.userSheet}” là trang của cán bộ nên được giữ nguyên; bảng tổng hợp được ghi vào “{written.totals.name}”.
        </Notice>
      )}
    </div>
  );
}
