import { useMemo, useState } from 'react'
import { toCsv } from '../../charts/export/csv'
import { num } from '../../domain/format'
import { DIGITISER_TOOL, digitisedData, type FigureRef } from '../../domain/digitised'
import type { Calibration } from '../../domain/digitise'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { download } from '../../ui/export/download'
import { dataPoints, type Curve } from './digitise-state'

/** Props of DigitisedPoints. */
interface Props {
  curves: readonly Curve[]
  calibration: Calibration
  figure: FigureRef
}

const SHOWN = 12

/** The captured points in data units, each `digitized` with tool, date and figure; downloadable as CSV. */
export function DigitisedPoints({ curves, calibration, figure }: Props) {
  const [all, setAll] = useState(false)
  const result = useMemo(() => {
    try {
      return { rows: curves.flatMap((c) => digitisedData(dataPoints(calibration, c), figure).map((d) => ({ curve: c.label, d }))) }
    } catch (e) {
      return { error: (e as Error).message }
    }
  }, [curves, calibration, figure])
  if ('error' in result) {
    return (
      <p role="alert" className="panel-error">
        The points cannot be labelled yet: {result.error}
      </p>
    )
  }
  const rows = result.rows
  const csv = () =>
    toCsv({
      columns: ['study', 'figure', 'group', 'x', 'y', 'provenance', 'tool', 'date'],
      rows: rows.map(({ curve, d }) => [figure.study, figure.locator, curve, d.x, d.y, d.provenance, d.digitization!.tool, d.digitization!.date]),
    })
  return (
    <section aria-labelledby="dg-points-h" className="digitise-panel">
      <h3 id="dg-points-h">Captured points ({rows.length})</h3>
      <p>
        Every point is <ProvenanceBadge provenance="digitized" /> — read with {DIGITISER_TOOL} on {figure.date} from {figure.study}, {figure.locator}.
      </p>
      {rows.length > 0 && (
        <table className="digitise-table">
          <caption className="visually-hidden">Captured points in data units</caption>
          <thead>
            <tr>
              <th scope="col">Curve</th>
              <th scope="col">x</th>
              <th scope="col">y</th>
            </tr>
          </thead>
          <tbody>
            {(all ? rows : rows.slice(0, SHOWN)).map(({ curve, d }, i) => (
              <tr key={i}>
                <td>{curve}</td>
                <td>{num(d.x, 4)}</td>
                <td>{num(d.y, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > SHOWN && (
        <button type="button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${SHOWN}` : `Show all ${rows.length}`}
        </button>
      )}{' '}
      <button type="button" disabled={!rows.length} onClick={() => download(new Blob([csv()], { type: 'text/csv' }), `${figure.study}-digitised.csv`)}>
        Download points (CSV)
      </button>
    </section>
  )
}
