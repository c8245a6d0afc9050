import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ShownProblem } from "../use-task";
import { MessageText } from "./MessageText";

export function ProblemBar({ problem, onDismiss }: { problem: ShownProblem; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problem.title}</MessageBarTitle> <MessageText message={problem.message} />
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button aria-label="Đóng thông báo" appearance="transparent" icon={<DismissRegular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
