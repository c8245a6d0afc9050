import type { PaneHost } from "../host";
import type { Task } from "../use-task";
import type { Checked } from "../workflow";

export interface StepProps {
  /** Null outside Excel: the step is shown with its actions off. */
  host: PaneHost | null;
  task: Task;
  checked: Checked | null;
  onChecked: (checked: Checked) => void;
}
