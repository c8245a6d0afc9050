import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function Notice({ intent, title, children }: { intent: "success" | "warning" | "info" | "error"; title?: string; children: React.ReactNode }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>} {children}
      </MessageBarBody>
    </MessageBar>
  );
}
