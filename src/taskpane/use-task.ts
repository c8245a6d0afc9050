/** One action at a time: its progress line while it runs, and the problem it ran into. */
import { useCallback, useState } from "react";
import type { Progress } from "../app/ports";
import { Problem } from "../app/problems";

/** What the problem bar shows: a catalogued problem, or an unexpected error told as one. */
export type ShownProblem = Pick<Problem, "title" | "message">;

export function problemOf(e: unknown): ShownProblem {
  if (e instanceof Problem) return { title: e.title, message: e.message };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    title: "Có lỗi không mong đợi",
    message: `${detail}. Hãy thử lại; nếu vẫn lỗi, đóng ngăn Tổng hợp rồi mở lại.`,
  };
}

export interface Task {
  running: boolean;
  progress: string | null;
  problem: ShownProblem | null;
  /** Runs `action`; resolves to its result, or undefined when it failed (the problem is then shown). */
  run<T>(action: (progress: Progress) => Promise<T>): Promise<T | undefined>;
  dismiss(): void;
}

export function useTask(): Task {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [problem, setProblem] = useState<ShownProblem | null>(null);

  const run = useCallback(async <T,>(action: (progress: Progress) => Promise<T>): Promise<T | undefined> => {
    setRunning(true);
    setProblem(null);
    setProgress(null);
    try {
      return await action(setProgress);
    } catch (e) {
      setProblem(problemOf(e));
      return undefined;
    } finally {
      setRunning(false);
      setProgress(null);
    }
  }, []);

  const dismiss = useCallback(() => setProblem(null), []);
  return { running, progress, problem, run, dismiss };
}
