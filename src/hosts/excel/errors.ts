/** Office.js failures in Excel → catalogue problems (shown by the pane as message bars). */
import { ExcelFeature, PlainProblemCode, Problem, problem } from "../../app/problems";

interface OfficeLikeError {
  code?: string;
  message?: string;
}

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

function codeOf(e: unknown): string | null {
  const code = (e as OfficeLikeError | null)?.code;
  return typeof code === "string" ? code : null;
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = codeOf(e);
  return (code !== null && PAYLOAD_CODES.has(code)) || /payload size/i.test((e as OfficeLikeError | null)?.message ?? "");
}

/** Excel's error codes → the catalogue (payload limits: `isPayloadTooLarge`); any other code is `excel.failed`. */
const PROBLEMS = new Map<string, PlainProblemCode>([
  ["ApiNotFound", "excel.api-missing"],
  ["AccessDenied", "excel.protected"],
  ["InvalidOperationInCellEditMode", "excel.cell-edit"],
  ["ItemNotFound", "excel.not-found"],
  ["ItemAlreadyExists", "excel.name-taken"],
]);

function problemCodeOf(e: unknown, code: string | null, message: string): PlainProblemCode | null {
  if (isPayloadTooLarge(e)) return "excel.too-large";
  // Older Excel reports a protected sheet as a plain invalid operation.
  if (code === "InvalidOperation" && /protect/i.test(message)) return "excel.protected";
  return (code !== null && PROBLEMS.get(code)) || null;
}

export function toProblem(e: unknown): Problem {
  if (e instanceof Problem) return e;
  const code = codeOf(e);
  const message = (e as OfficeLikeError | null)?.message ?? String(e);
  const known = problemCodeOf(e, code, message);
  return known !== null ? problem(known, {}, code) : problem("excel.failed", { detail: message }, code);
}

export function unsupported(feature: ExcelFeature, version: string): Problem {
  return problem("excel.unsupported", { feature, version }, "ApiNotFound");
}
