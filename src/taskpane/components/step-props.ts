import type { PaneHost } from "../host";
import type { Task } from "../use-task";
import type { Checked } from "../workflow";

export interface StepProps {
  /** Null while Office starts, or in an Office app the pane does not serve: the step is shown with its actions off. */
  host: PaneHost | null;
  task: Task;
  checked: Checked | null;
  onChecked: (checked: Checked) => void;
}
