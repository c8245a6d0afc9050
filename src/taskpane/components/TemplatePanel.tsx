import { Button, Field, Input, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Delivery, PaneHost } from "../../app/ports";
import type { TemplateFile } from "../../app/use-cases/make-template";
import { formTitle } from "../form-title";
import { loadWorkflow } from "../lazy";
import type { PaneForms } from "../use-forms";
import type { Task } from "../use-task";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  files: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
});

/** "Tạo mẫu cho xã, phường": blank templates of the form in use for the listed units (or one typed unit), each offered as a download. */
export function TemplatePanel({ host, task, forms, period: initialPeriod }: { host: PaneHost | null; task: Task; forms: PaneForms; period: string }) {
  const styles = useStyles();
  const [unit, setUnit] = useState("");
  const [period, setPeriod] = useState(initialPeriod);
  const [made, setMade] = useState<TemplateFile[] | null>(null);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const off = !host || task.running;

  const make = async () => {
    if (!host) return;
    setMade(null);
    setDelivery(null);
    const files = await task.run(async (p) => (await loadWorkflow(await forms.ready())).templates(host, { unit, period }, p));
    if (files) setMade(files);
  };

  const download = async (file: TemplateFile) => {
    if (!host) return;
    const d = await task.run(async () => (await loadWorkflow(await forms.ready())).deliverTemplate(host, file));
    if (d) setDelivery(d);
  };

  return (
    <section className={styles.panel} aria-labelledby="template-title">
      <Subtitle2 as="h3" id="template-title">
        Mẫu trống cho xã, phường
      </Subtitle2>
      <Text as="p">
        File .xlsx theo đúng biểu mẫu{forms.inUse && ` “${formTitle(forms.inUse.form.title)}”`} để đơn vị điền: ô số liệu có kiểm tra khi nhập, nhãn và mã số được khóa (không đặt mật khẩu). Để trống ô
        Đơn vị để tạo mẫu cho mọi đơn vị trong trang “Thông tin báo cáo”.
      </Text>
      <Field label="Đơn vị (khi chỉ cần một mẫu)">
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} disabled={off} placeholder="Phường Ngã Bảy" />
      </Field>
      <Field label="Kỳ báo cáo của mẫu" hint="Để trống: lấy kỳ báo cáo ở trang “Thông tin báo cáo”.">
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} disabled={off} />
      </Field>
      <div>
        <Button disabled={off} onClick={make}>
          Tạo mẫu cho xã, phường
        </Button>
      </div>
      {made && (
        <>
          <Notice intent="success">Đã tạo {made.length} file mẫu; bấm từng file để tải xuống.</Notice>
          <ul className={styles.files} aria-label="File mẫu">
            {made.map((f) => (
              <li key={f.fileName}>
                <Button appearance="subtle" disabled={off} onClick={() => void download(f)}>
                  Tải “{f.fileName}”
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {delivery && (
        <Notice intent={delivery.delivered ? "success" : "warning"} title={delivery.delivered ? undefined : "Không tải được file"}>
          {delivery.message}
        </Notice>
      )}
    </section>
  );
}
