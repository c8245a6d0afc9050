import type { PaneHost } from "../../app/ports";
import type { PaneForms } from "../use-forms";
import type { Task } from "../use-task";
import type { Checked } from "../../app/use-cases/check-workbooks";

export interface StepProps {
  /** Null while Office starts, or in an Office app the pane does not serve: the step is shown with its actions off. */
  host: PaneHost | null;
  task: Task;
  /** The forms every use case is given. */
  forms: PaneForms;
  checked: Checked | null;
  onChecked: (checked: Checked) => void;
}
