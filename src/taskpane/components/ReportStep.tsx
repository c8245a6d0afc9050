import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { INFO_FIELDS } from "../../core/info-sheet";
import { can, type Delivery } from "../../app/ports";
import { FIELDS, infoValuesOf, InfoValues, MULTILINE } from "../info-write";
import { loadWorkflow } from "../lazy";
import { useOpenedFiles } from "../preview/use-files";
import { Notice } from "./Notice";
import { TemplatePanel } from "./TemplatePanel";
import type { StepProps } from "./step-props";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function ReportStep({ host, task, forms, checked, onChecked }: StepProps) {
  const styles = useStyles();
  const [values, setValues] = useState<InfoValues>(() => infoValuesOf(checked?.result ?? null));
  const [loaded, setLoaded] = useState(checked !== null);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const files = useOpenedFiles(host);
  const preview = can(host, "opensFiles");
  const ready = host !== null && (!preview || files.length > 0);
  const off = !ready || task.running;
  const formsReady = forms.ready;

  useEffect(() => {
    if (loaded || !ready || !host || task.running) return;
    setLoaded(true);
    void task.run(async (p) => (await loadWorkflow(await formsReady())).check(host, p)).then((done) => {
      if (!done) return;
      onChecked(done);
      setValues(infoValuesOf(done.result));
    });
  }, [loaded, ready, host, task, formsReady, onChecked]);

  const save = async () => {
    if (!host) return;
    const write = await task.run(async (p) => (await loadWorkflow(await forms.ready())).saveInfo(host, values, p));
    if (!write) return;
    setDirty(false);
    setSaved(write.create ? `Đã tạo trang “${write.sheet}” (kèm danh sách đơn vị).` : `Đã lưu vào trang “${write.sheet}”.`);
  };

  const report = async () => {
    if (!host) return;
    setDelivery(null);
    const made = await task.run(async (p) => {
      const workflow = await loadWorkflow(await forms.ready());
      if (dirty) await workflow.saveInfo(host, values, p);
      return workflow.makeReport(host, p);
    });
    if (!made) return;
    setDirty(false);
    onChecked(made);
    setDelivery(made.delivery);
  };

  return (
    <div className={styles.panel}>
      <Text as="p">
        {preview ? (
          <>
            Thông tin in trên báo cáo, lấy từ trang “Thông tin báo cáo” của file đang mở. Bản xem trước không sửa file trên máy: nút Lưu ghi vào
            bản trong trình duyệt, dùng cho báo cáo và file Tổng hợp tải xuống.
          </>
        ) : (
          "Thông tin in trên báo cáo, lưu ở trang “Thông tin báo cáo” của sổ tính."
        )}{" "}
        Trường nhiều dòng: mỗi dòng một mục.
      </Text>
      <form className={styles.form} onSubmit={(e) => (e.preventDefault(), void save())}>
        {FIELDS.map((f) => {
          const onChange = (_: unknown, d: { value: string }) => {
            setValues((v) => ({ ...v, [f]: d.value }));
            setDirty(true);
          };
          return (
            <Field key={f} label={INFO_FIELDS[f]}>
              {MULTILINE.has(f) ? (
                <Textarea value={values[f]} onChange={onChange} resize="vertical" disabled={off} />
              ) : (
                <Input value={values[f]} onChange={onChange} disabled={off} />
              )}
            </Field>
          );
        })}
      </form>
      <div className={styles.actions}>
        <Button disabled={off} onClick={save}>
          Lưu vào trang Thông tin báo cáo
        </Button>
        <Button appearance="primary" disabled={off} onClick={report}>
          Tạo báo cáo (.docx)
        </Button>
      </div>
      {saved && <Notice intent="success">{saved}</Notice>}
      {delivery && (
        <Notice intent={delivery.delivered ? "success" : "warning"} title={delivery.delivered ? "Đã tạo báo cáo" : "Không tải được file"}>
          {delivery.message}
        </Notice>
      )}
      <TemplatePanel host={ready ? host : null} task={task} forms={forms} period={values.period} />
    </div>
  );
}
