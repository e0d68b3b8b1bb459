import { useState } from 'react'
import type { DraftSeries } from '../../domain/journal/draft'
import type { ImportProblem } from '../../domain/journal/problems'
import { mapRows, parseTable, type ColumnMap, type PastedTable } from '../../domain/journal/table-series'
import { PROVENANCE, type Provenance } from '../../domain/schema/provenance'
import { ProblemList } from './ProblemList'

/** Props of SeriesPaste. */
interface Props {
  /** Model ids the series may belong to. */
  models: readonly string[]
  onAdd: (series: DraftSeries) => void
}

const FIXED = '(same for every row)'

/** A series from a pasted CSV/TSV table: each column is mapped to label, value, unit, provenance and source. */
export function SeriesPaste({ models, onAdd }: Props) {
  const [text, setText] = useState('')
  const [table, setTable] = useState<PastedTable | null>(null)
  const [problems, setProblems] = useState<ImportProblem[]>([])
  const [meta, setMeta] = useState({ id: '', title: '', locator: '', endpoint: '', measure: '', model: '' })
  const [cols, setCols] = useState({ label: '', value: '', unit: FIXED, provenance: FIXED, source: FIXED })
  const [fixed, setFixed] = useState({ unit: '', provenance: 'reported' as Provenance, source: '' })

  const read = () => {
    const parsed = parseTable(text)
    setProblems(parsed.ok ? [] : parsed.problems)
    if (!parsed.ok) return setTable(null)
    const columns = parsed.table.columns
    // A column named for its role is mapped to it; the user can change every choice.
    const named = (re: RegExp) => columns.find((c) => re.test(c)) ?? FIXED
    setTable(parsed.table)
    setCols({
      label: columns[0] ?? '',
      value: columns[1] ?? '',
      unit: named(/^units?$/i),
      provenance: named(/^provenance$/i),
      source: named(/^(source|figure|panel|locator)$/i),
    })
  }
  const add = () => {
    if (!table) return
    const map: ColumnMap = {
      label: cols.label,
      value: cols.value,
      unit: cols.unit === FIXED ? { fixed: fixed.unit } : { column: cols.unit },
      provenance: cols.provenance === FIXED ? { fixed: fixed.provenance } : { column: cols.provenance },
      source: cols.source === FIXED ? { fixed: fixed.source || meta.locator } : { column: cols.source },
    }
    const { rows, problems } = mapRows(table, map)
    setProblems(problems)
    if (problems.length) return
    onAdd({ ...meta, rows })
    setText('')
    setTable(null)
  }
  const column = (key: keyof typeof cols, label: string, allowFixed: boolean) => (
    <label>
      {label} column{' '}
      <select value={cols[key]} onChange={(e) => setCols({ ...cols, [key]: e.target.value })}>
        {allowFixed && <option>{FIXED}</option>}
        {table!.columns.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </label>
  )
  const metaInput = (key: keyof typeof meta, label: string) => (
    <label>
      {label} <input type="text" value={meta[key]} onChange={(e) => setMeta({ ...meta, [key]: e.target.value })} />
    </label>
  )
  return (
    <fieldset>
      <legend>Add a series from a pasted table</legend>
      {metaInput('id', 'Series id')}
      {metaInput('title', 'Series title')}
      {metaInput('locator', 'Figure or panel')}
      {metaInput('endpoint', 'Endpoint (e.g. viability)')}
      {metaInput('measure', 'Measure (e.g. viable cells)')}
      <label>
        Model of every group{' '}
        <select value={meta.model} onChange={(e) => setMeta({ ...meta, model: e.target.value })}>
          <option value="">(none)</option>
          {models.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label>
        Table (CSV or TSV, column names on the first line)
        <textarea value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" onClick={read}>
        Read the table
      </button>
      {table && (
        <div>
          <p role="status">
            {table.rows.length} row{table.rows.length === 1 ? '' : 's'}, columns: {table.columns.join(', ')}
          </p>
          {column('label', 'Label', false)}
          {column('value', 'Value', false)}
          {column('unit', 'Unit', true)}
          {cols.unit === FIXED && (
            <label>
              Unit for every row <input type="text" value={fixed.unit} onChange={(e) => setFixed({ ...fixed, unit: e.target.value })} />
            </label>
          )}
          {column('provenance', 'Provenance', true)}
          {cols.provenance === FIXED && (
            <label>
              Provenance for every row{' '}
              <select value={fixed.provenance} onChange={(e) => setFixed({ ...fixed, provenance: e.target.value as Provenance })}>
                {PROVENANCE.filter((p) => p !== 'derived').map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </label>
          )}
          {column('source', 'Source', true)}
          <button type="button" onClick={add}>
            Add this series
          </button>
        </div>
      )}
      {problems.length > 0 && <ProblemList what="The table" problems={problems} />}
    </fieldset>
  )
}
