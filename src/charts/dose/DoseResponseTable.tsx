import { formatDose } from '../scale'
import { useRowWindow, WindowedRows } from '../../ui/useRowWindow'
import type { DoseView } from './model'

/** Height assumed for one body row (px), for the spacers of a windowed table. */
const ROW_PX = 34

/** Table view of a dose-response chart: each curve's IC50 and how its line was made, then every point (windowed above 200 rows). */
export function DoseResponseTable({ view }: { view: DoseView }) {
  const rows = [
    ...view.curves.flatMap((c) => [
      ...(c.ic50
        ? [
            <tr key={`${c.id}-ic50`}>
              <th scope="row">{c.label}: IC50</th>
              <td>{`${c.ic50.relation === '=' ? '' : `${c.ic50.relation} `}${formatDose(c.ic50.dose)}`}</td>
              <td>—</td>
              <td>{c.ic50.provenance}</td>
              <td>
                {c.ic50.text} ({c.ic50.locator})
              </td>
            </tr>,
          ]
        : []),
      ...(c.line.length
        ? [
            <tr key={`${c.id}-line`}>
              <th scope="row">{c.label}: curve</th>
              <td>—</td>
              <td>—</td>
              <td>{c.lineProvenance}</td>
              <td>{c.model}</td>
            </tr>,
          ]
        : []),
      ...c.points.map((p, i) => (
        <tr key={`${c.id}-${i}`}>
          <th scope="row">{c.label}</th>
          <td>{formatDose(p.x)}</td>
          <td>{p.err !== undefined ? `${p.y} ± ${p.err} (${p.errKind})` : p.y}</td>
          <td>{p.provenance}</td>
          <td>{p.locator}</td>
        </tr>
      )),
    ]),
    ...view.indices.map((ri) => (
      <tr key={`ri-${ri.resistant}`}>
        <th scope="row">
          {ri.resistant} vs {ri.parental}
        </th>
        <td>—</td>
        <td>—</td>
        <td>{ri.provenance}</td>
        <td>{ri.text} (IC50 ratio)</td>
      </tr>
    )),
  ]
  const win = useRowWindow(rows.length, ROW_PX)
  return (
    <div className="table-scroll table-scroll--chart" role="region" aria-label="Dose-response values, scrollable" tabIndex={0} onScroll={win.onScroll}>
      <table className="data-table" aria-rowcount={win.windowed ? rows.length + 1 : undefined}>
        <caption className="visually-hidden">IC50 and points by curve</caption>
        <thead>
          <tr aria-rowindex={win.windowed ? 1 : undefined}>
            <th scope="col">Curve</th>
            <th scope="col">Dose ({view.doseUnit})</th>
            <th scope="col">Viability (%)</th>
            <th scope="col">Provenance</th>
            <th scope="col">Source or model</th>
          </tr>
        </thead>
        <tbody>
          <WindowedRows rows={rows} win={win} rowPx={ROW_PX} colSpan={5} />
        </tbody>
      </table>
    </div>
  )
}
