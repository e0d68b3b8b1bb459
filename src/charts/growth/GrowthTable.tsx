import { useRowWindow, WindowedRows } from '../../ui/useRowWindow'
import type { GrowthView } from './model'

/** Height assumed for one body row (px), for the spacers of a windowed table. */
const ROW_PX = 34

/** Table view of a growth chart: one row per arm and day, then the TGIs (windowed above 200 rows). */
export function GrowthTable({ view }: { view: GrowthView }) {
  const rows = view.arms.flatMap((a) => [
    ...a.points.map((p) => (
      <tr key={`${a.id}-${p.t}`}>
        <th scope="row">{a.label}</th>
        <td>{p.t}</td>
        <td>{`${Number(p.v.toPrecision(4))}${p.err !== undefined ? ` ± ${Number(p.err.toPrecision(3))} (${p.errKind})` : ''}`}</td>
        <td>{p.provenance}</td>
        <td>{p.locator}</td>
      </tr>
    )),
    ...(a.tgi
      ? [
          <tr key={`${a.id}-tgi`}>
            <th scope="row">
              {a.label}: {a.tgi.kind === 'tgi' ? 'TGI' : 'volume reduction'}
            </th>
            <td>{a.tgi.kind === 'tgi' ? a.tgi.day : 'not stated'}</td>
            <td>{a.tgi.text}</td>
            <td>{a.tgi.provenance}</td>
            <td>{a.tgi.locator}</td>
          </tr>,
        ]
      : []),
  ])
  const win = useRowWindow(rows.length, ROW_PX)
  return (
    <div className="table-scroll table-scroll--chart" role="region" aria-label="Growth values, scrollable" tabIndex={0} onScroll={win.onScroll}>
      <table className="data-table" aria-rowcount={win.windowed ? rows.length + 1 : undefined}>
        <caption className="visually-hidden">Size by arm and day</caption>
        <thead>
          <tr aria-rowindex={win.windowed ? 1 : undefined}>
            <th scope="col">Arm</th>
            <th scope="col">Day</th>
            <th scope="col">{view.yLabel}</th>
            <th scope="col">Provenance</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          <WindowedRows rows={rows} win={win} rowPx={ROW_PX} colSpan={5} />
        </tbody>
      </table>
    </div>
  )
}
