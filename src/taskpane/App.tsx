import { FluentProvider, makeStyles, ProgressBar, Tab, TabList, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { Boundary } from "./components/Boundary";
import { CheckStep } from "./components/CheckStep";
import { FormPicker } from "./components/FormPicker";
import { Notice } from "./components/Notice";
import { ProblemBar } from "./components/ProblemBar";
import { ReportStep } from "./components/ReportStep";
import type { StepProps } from "./components/step-props";
import { TotalsStep } from "./components/TotalsStep";
import { can, type Startup } from "../app/ports";
import { OpenFiles } from "./preview/OpenFiles";
import { useOpenedFiles } from "./preview/use-files";
import { Step, STEPS } from "./steps";
import { useForms } from "./use-forms";
import { useTask } from "./use-task";
import type { Checked } from "../app/use-cases/check-workbooks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const PANELS: Record<Step, (props: StepProps) => React.JSX.Element> = {
  "kiem-tra": CheckStep,
  "tong-hop": TotalsStep,
  "bao-cao": ReportStep,
};

function StartupNotice({ startup }: { startup: Startup | null }) {
  if (startup === null) return <Text role="status">Đang kết nối với Excel…</Text>;
  if (startup.host) return null;
  return startup.reason === "old-excel" ? (
    <Notice intent="error" title="Phiên bản Excel này quá cũ">
      Tổng hợp cần Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web. Hãy cập nhật Office hoặc mở sổ tổng hợp trong Excel trên web.
    </Notice>
  ) : (
    <Notice intent="warning" title="Ngăn này dành cho Excel">
      Trong Word, hãy dùng nút Cập nhật số liệu (nhóm Tổng hợp, thẻ Trang đầu); trong Excel, mở sổ tổng hợp và dùng các nút Kiểm tra, Tổng hợp, Báo cáo.
    </Notice>
  );
}

export function App({ startup, initialStep }: { startup: Startup | null; initialStep: Step }) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>(initialStep);
  const [checked, setChecked] = useState<Checked | null>(null);
  const task = useTask();
  const host = startup?.host ?? null;
  const files = useOpenedFiles(host);
  // Findings of other forms, or of files no longer open (or since replaced), would point at what the pane no longer uses.
  const dropChecked = useCallback(() => setChecked(null), []);
  const forms = useForms(host, dropChecked);
  const Panel = PANELS[step];

  useEffect(() => dropChecked(), [files, dropChecked]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <StartupNotice startup={startup} />
        {can(host, "opensFiles") && <OpenFiles host={host} task={task} forms={forms} />}
        <FormPicker host={host} task={task} forms={forms} />
        <TabList selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)}>
          {STEPS.map((s) => (
            <Tab key={s.id} value={s.id}>
              {s.label}
            </Tab>
          ))}
        </TabList>
        {task.running && (
          <div className={styles.progress} role="status" aria-live="polite">
            <ProgressBar thickness="large" />
            <Text>{task.progress ?? "Đang xử lý…"}</Text>
          </div>
        )}
        {task.problem && <ProblemBar problem={task.problem} onDismiss={task.dismiss} />}
        <Boundary key={step}>
          <Panel host={host} task={task} forms={forms} checked={checked} onChecked={setChecked} />
        </Boundary>
      </main>
    </FluentProvider>
  );
}
