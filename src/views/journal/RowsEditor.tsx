import type { DraftRow } from '../../domain/journal/draft'

/** One input of a row: free text, or a choice among fixed values (an enum of the schema). */
export interface FieldSpec {
  key: string
  label: string
  options?: readonly string[]
}

/** Props of RowsEditor. */
interface Props {
  legend: string
  /** Singular noun for the add/remove buttons, e.g. "model". */
  noun: string
  fields: readonly FieldSpec[]
  rows: readonly DraftRow[]
  onChange: (rows: DraftRow[]) => void
}

/** A list of items (models, conditions, claims...) edited as rows of labelled inputs. */
export function RowsEditor({ legend, noun, fields, rows, onChange }: Props) {
  const set = (i: number, key: string, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)))
  const blank = () => Object.fromEntries(fields.map((f) => [f.key, f.options?.[0] ?? '']))
  return (
    <fieldset>
      <legend>{legend}</legend>
      {rows.map((row, i) => (
        <div key={i} className="journal-row" role="group" aria-label={`${noun} ${i + 1}`}>
          {fields.map((f) => (
            <label key={f.key}>
              {f.label} ({noun} {i + 1}){' '}
              {f.options ? (
                <select value={row[f.key] ?? ''} onChange={(e) => set(i, f.key, e.target.value)}>
                  {f.options.map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              ) : (
                <input type="text" value={row[f.key] ?? ''} onChange={(e) => set(i, f.key, e.target.value)} />
              )}
            </label>
          ))}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove {noun} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, blank()])}>
        Add a {noun}
      </button>
    </fieldset>
  )
}
