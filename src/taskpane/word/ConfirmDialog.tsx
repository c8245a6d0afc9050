/** Asks before pushing figures that have errors or come from another period or form than the document's. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface ConfirmDialogProps {
  reasons: string[];
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Rendered only while asking. */
export function ConfirmDialog({ reasons, question, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Xác nhận</DialogTitle>
          <DialogContent>
            {reasons.map((r, i) => (
              <p key={r}>{i === reasons.length - 1 ? `${r} ${question}` : r}</p>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button onClick={onCancel}>Hủy</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
