/**
 * CSV for spreadsheets (RFC 4180), safe to open: text from receipts is untrusted, and a cell
 * starting with = + - @ tab or carriage return would run as a formula in Excel, Sheets or
 * LibreOffice ("CSV injection"). Such cells get a leading apostrophe so they stay text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted as needed. Numbers are written as they are. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole table as CSV text, rows separated by CRLF as the RFC asks. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
