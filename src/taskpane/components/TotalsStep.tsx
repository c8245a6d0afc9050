import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatNumber } from "../../core/numbers";
import { can } from "../../app/ports";
import { loadWorkflow } from "../lazy";
import { useOpenedFiles } from "../preview/use-files";
import type { TotalsDownloaded } from "../../app/use-cases/build-totals-file";
import type { TotalsWritten } from "../../app/use-cases/write-totals";
import { Notice } from "./Notice";
import type { StepProps } from "./step-props";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
});

function isDownload(done: TotalsWritten): done is TotalsDownloaded {
  return "delivery" in done;
}

function SheetsLine({ written }: { written: TotalsWritten }) {
  const { result, totals, findings } = written;
  const units = formatNumber(result.units.filter((u) => u.counted).length);
  return (
    <>
      Trang “{totals.name}” ({units} đơn vị) và “{findings.name}” ({formatNumber(result.summary.errors)} lỗi, {formatNumber(result.summary.warnings)} cảnh
      báo).
    </>
  );
}

export function TotalsStep({ host, task, forms, onChecked }: StepProps) {
  const styles = useStyles();
  const [written, setWritten] = useState<TotalsWritten | null>(null);
  const files = useOpenedFiles(host);
  const preview = can(host, "opensFiles");

  const run = async () => {
    if (!host) return;
    setWritten(null);
    const done = await task.run(async (p) => {
      const workflow = await loadWorkflow(await forms.ready());
      return can(host, "writesInPlace") ? workflow.writeTotals(host, p) : workflow.downloadTotals(host, p);
    });
    if (!done) return;
    setWritten(done);
    onChecked(done);
  };

  return (
    <div className={styles.panel}>
      <Text as="p">
        {preview ? (
          <>
            Tạo file Tổng hợp (.xlsx) từ các file đang mở: các trang của đơn vị, trang “Tổng hợp” (số liệu từng đơn vị và cột Tổng cộng) và trang
            “Kết quả kiểm tra”, giống file lệnh tonghop totals tạo ra.
          </>
        ) : (
          <>
            Tạo hoặc cập nhật trang “Tổng hợp” (số liệu từng đơn vị và cột Tổng cộng) và trang “Kết quả kiểm tra”. Trang do cán bộ tự lập không bao
            giờ bị ghi đè.
          </>
        )}
      </Text>
      <Button appearance="primary" disabled={!host || task.running || (preview && files.length === 0)} onClick={run}>
        Tổng hợp
      </Button>
      {written &&
        (isDownload(written) ? (
          <Notice intent={written.delivery.delivered ? "success" : "warning"} title={`Đã tạo “${written.fileName}”`}>
            <SheetsLine written={written} /> {written.delivery.message}
          </Notice>
        ) : (
          <Notice intent="success" title="Đã cập nhật">
            <SheetsLine written={written} /> Đang hiển thị trang “{written.totals.name}”.
          </Notice>
        ))}
      {written?.totals.userSheet && (
        <Notice intent="info">
          Trang “{written.totals.userSheet}” là trang của cán bộ nên được giữ nguyên; bảng tổng hợp được ghi vào “{written.totals.name}”.
        </Notice>
      )}
    </div>
  );
}
