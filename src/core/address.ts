/** A1 addresses and sheet-name quoting, 0-based row/column indices. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Sheet name as a formula reference: quoted unless it is a plain identifier; quotes doubled. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, address: string): string {
  return `${sheetRef(sheet)}!${address}`;
}
