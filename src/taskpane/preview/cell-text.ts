/** What a spreadsheet shows in a cell, near enough for the preview's read-only sheet. */
import { formatNumber } from "../../core/numbers";
import type { CellSnapshot } from "../../core/snapshot";

const COUNT = /^0"\/(\d+)"$/;
const DAY_MS = 86_400_000;
/** 1970-01-01 as an Excel serial date (1900 system). */
const UNIX_EPOCH_SERIAL = 25569;

/** A format's codes without its quoted text, [colour]/[locale] parts and escaped characters. */
function formatCodes(format: string): string {
  return format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
}

function dateText(serial: number): string {
  const d = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function numberText(value: number, format: string | undefined): string {
  if (!format) return formatNumber(value);
  const count = COUNT.exec(format);
  if (count) return `${formatNumber(value)}/${count[1]}`;
  const codes = formatCodes(format);
  if (/[dy]/i.test(codes)) return dateText(value);
  if (codes.includes("%")) return `${formatNumber(value * 100)}%`;
  return formatNumber(value);
}

export function cellDisplay(cell: CellSnapshot): string {
  switch (cell.type) {
    case "blank":
      return "";
    case "number":
      return numberText(cell.value as number, cell.numberFormat);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    default:
      return String(cell.value);
  }
}
