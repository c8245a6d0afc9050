import { FluentProvider, makeStyles, ProgressBar, Tab, TabList, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { Boundary } from "./components/Boundary";
import { CheckStep } from "./components/CheckStep";
import { Notice } from "./components/Notice";
import { ProblemBar } from "./components/ProblemBar";
import { ReportStep } from "./components/ReportStep";
import type { StepProps } from "./components/step-props";
import { TotalsStep } from "./components/TotalsStep";
import type { Startup } from "./host";
import { Step, STEPS } from "./steps";
import { useTask } from "./use-task";
import type { Checked } from "./workflow";

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
  return startup.reason === "other-app" ? (
    <Notice intent="warning" title="Ngăn này dành cho Excel">
      Tổng hợp cho Word sẽ có ở bản sau; hãy mở sổ tính tổng hợp trong Excel và dùng nút Tổng hợp trên dải Trang đầu.
    </Notice>
  ) : (
    <Notice intent="warning" title="Tổng hợp đang chạy ngoài Office">
      Trang này cần được mở trong Excel (nút Tổng hợp trên dải Trang đầu) để đọc và ghi sổ tính. Bản xem thử chạy trên trình duyệt sẽ có ở bản sau.
    </Notice>
  );
}

export function App({ startup, initialStep }: { startup: Startup | null; initialStep: Step }) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>(initialStep);
  const [checked, setChecked] = useState<Checked | null>(null);
  const task = useTask();
  const Panel = PANELS[step];
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <StartupNotice startup={startup} />
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
          <Panel host={startup?.host ?? null} task={task} checked={checked} onChecked={setChecked} />
        </Boundary>
      </main>
    </FluentProvider>
  );
}
