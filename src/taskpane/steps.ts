/** The pane's three steps, as tabs and as the `step` query parameter the ribbon buttons open. */

export const STEPS = [
  { id: "kiem-tra", label: "Kiểm tra" },
  { id: "tong-hop", label: "Tổng hợp" },
  { id: "bao-cao", label: "Báo cáo" },
] as const;

export type Step = (typeof STEPS)[number]["id"];

export function stepFromQuery(search: string): Step {
  const step = new URLSearchParams(search).get("step");
  return STEPS.find((s) => s.id === step)?.id ?? "kiem-tra";
}
