/** Row heights for wrapped text: Excel does not grow a row to fit wrapped text when it opens a file. */

const LINE_HEIGHT = 16;
/**
 * Characters of Times New Roman 12 per Excel width unit: Calc fits about 1.35 on Vietnamese text; the margin
 * covers other renderers, since a row too short hides text and one too tall only wastes a little paper.
 */
const CHARS_PER_WIDTH = 1.2;

export function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / perLine)), 0);
}

/** The height a row needs so each of its wrapped texts shows whole; null when one line is enough. */
export function wrappedRowHeight(texts: { text: string; width: number }[]): number | null {
  const lines = Math.max(1, ...texts.map((t) => linesFor(t.text, t.width)));
  return lines > 1 ? lines * LINE_HEIGHT + 2 : null;
}
