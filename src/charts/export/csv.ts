// CSV for chart exports: one row per plotted value, always with its provenance and source.

/** A cell value; undefined and null become empty cells. */
export type CsvCell = string | number | undefined | null

/** Columns and rows of an export; every chart's table includes 'provenance' and 'source' columns. */
export interface CsvTable {
  columns: readonly string[]
  rows: readonly (readonly CsvCell[])[]
}

/** RFC 4180 quoting: quote a cell holding a comma, quote, or line break, doubling inner quotes. */
function cell(v: CsvCell): string {
  if (v === undefined || v === null) return ''
  const s = typeof v === 'number' ? String(v) : v
  // A text cell opening with = + - @ TAB or CR is read as a formula by spreadsheets ("-2+3+cmd|…" too):
  // prefix a quote so text stays text. Numbers are written as numbers and need nothing.
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Serialises a table as CSV with CRLF line ends (what spreadsheets expect). */
export function toCsv(table: CsvTable): string {
  return [table.columns, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

/** The columns every chart's CSV starts with, so files from different charts line up. */
export const CSV_COLUMNS = ['study', 'figure', 'chart', 'group', 'x', 'x_unit', 'y', 'y_unit', 'qualifier', 'spread', 'provenance', 'source', 'model'] as const
