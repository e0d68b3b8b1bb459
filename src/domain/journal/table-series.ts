import Papa from 'papaparse'
import type { Provenance } from '../schema/provenance'
import type { ImportProblem } from './problems'

/** A pasted table: header names and rows of cells, as text. */
export interface PastedTable {
  columns: string[]
  rows: string[][]
}

/** Parses pasted CSV or TSV (the delimiter is detected); the first line names the columns. */
export function parseTable(text: string): { ok: true; table: PastedTable } | { ok: false; problems: ImportProblem[] } {
  const result = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy', delimitersToGuess: ['\t', ',', ';'] })
  const problems = result.errors.map((e) => ({ path: `row ${(e.row ?? 0) + 1}`, message: e.message, fix: 'Check the quotes and separators of that line.' }))
  const [header, ...rows] = result.data
  if (!header || rows.length === 0)
    problems.push({
      path: 'table',
      message: 'The table needs a header line and at least one row.',
      fix: 'Paste the column names on the first line, then one line per value.',
    })
  return problems.length ? { ok: false, problems } : { ok: true, table: { columns: header!.map((c) => c.trim()), rows } }
}

/** Which column holds what; a fixed value stands in for a column the table lacks (e.g. one unit for every row). */
export interface ColumnMap {
  /** Column of the group label (endpoint) or of x (correlation). */
  label: string
  value: string
  unit: { column: string } | { fixed: string }
  provenance: { column: string } | { fixed: Provenance }
  /** Figure/panel or section of each value. */
  source: { column: string } | { fixed: string }
}

/** How digitised values were read, when a row says `digitized`. */
export interface Digitisation {
  tool: string
  date: string
}

/** One mapped row: a labelled quantity, ready to become an endpoint group (or a point) and an evidence row. */
export interface MappedRow {
  label: string
  value: number
  unit: string
  provenance: Provenance
  locator: string
}

const pick = (row: string[], columns: string[], spec: { column: string } | { fixed: string }) =>
  'fixed' in spec ? spec.fixed : (row[columns.indexOf(spec.column)] ?? '').trim()

const PROVENANCES = new Set(['reported', 'digitized', 'derived', 'illustrative'])

/** Applies the column map; a row that cannot be read is named with its line and the fix, and nothing is guessed. */
export function mapRows(table: PastedTable, map: ColumnMap): { rows: MappedRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const rows: MappedRow[] = []
  table.rows.forEach((row, i) => {
    const line = `row ${i + 2}`
    const label = pick(row, table.columns, { column: map.label })
    const text = pick(row, table.columns, { column: map.value }).replace(',', '.')
    const value = Number(text)
    const unit = pick(row, table.columns, map.unit)
    const provenance = pick(row, table.columns, map.provenance).toLowerCase().replace('digitised', 'digitized')
    const locator = pick(row, table.columns, map.source)
    if (text === '' || !Number.isFinite(value))
      problems.push({
        path: `${line}.${map.value}`,
        message: `"${text}" is not a number.`,
        fix: 'Write the number alone (units and ± go in their own columns).',
      })
    if (!PROVENANCES.has(provenance))
      problems.push({ path: `${line} provenance`, message: `"${provenance}" is not a provenance.`, fix: 'Write reported, digitized or illustrative.' })
    else if (provenance === 'derived')
      problems.push({
        path: `${line} provenance`,
        message: 'A derived value needs the model and inputs it came from, which a table cannot carry.',
        fix: 'Enter it as reported (if the paper prints it), or add it to the exported file with its derivation.',
      })
    if (!unit)
      problems.push({ path: `${line} unit`, message: 'The unit is empty.', fix: 'Give the unit as printed, e.g. "%", "µM", "months"; "ratio" if it has none.' })
    if (locator.length < 2) problems.push({ path: `${line} source`, message: 'The source is empty.', fix: 'Name the figure/panel or section, e.g. "Fig. 2C".' })
    if (!label) problems.push({ path: `${line}.${map.label}`, message: 'The label is empty.', fix: 'Name the group or give the x value.' })
    rows.push({ label, value, unit, provenance: provenance as Provenance, locator })
  })
  return { rows, problems }
}
