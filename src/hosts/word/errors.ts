/** Office.js failures in Word → catalogue problems (shown by the pane as message bars). */
import { PlainProblemCode, Problem, problem } from "../../app/problems";

/** Word's error codes → the catalogue; any other code is `word.failed`. */
const PROBLEMS = new Map<string, PlainProblemCode>([
  ["ApiNotFound", "word.api-missing"],
  ["AccessDenied", "word.protected"],
  ["RequestPayloadSizeLimitExceeded", "word.too-large"],
  ["InvalidArgument", "word.rejected"],
]);

export function toProblem(e: unknown): Problem {
  if (e instanceof Problem) return e;
  const error = e as { code?: unknown; message?: unknown } | null;
  const code = typeof error?.code === "string" ? error.code : null;
  const message = typeof error?.message === "string" ? error.message : String(e);
  const known = code !== null ? PROBLEMS.get(code) : undefined;
  return known !== undefined ? problem(known, {}, code) : problem("word.failed", { detail: message }, code);
}
