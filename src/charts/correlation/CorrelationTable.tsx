import type { CorrelationView } from './model'

/** Table view of a correlation chart: every point with its provenance. */
export function CorrelationTable({ view }: { view: CorrelationView }) {
  return (
    <div className="table-scroll table-scroll--chart" role="region" aria-label="Correlation points, scrollable" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">Points</caption>
        <thead>
          <tr>
            <th scope="col">Point</th>
            <th scope="col">{view.xLabel}</th>
            <th scope="col">{view.yLabel}</th>
            <th scope="col">Provenance</th>
          </tr>
        </thead>
        <tbody>
          {view.points.map((p, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>{p.x}</td>
              <td>{p.y}</td>
              <td>{p.provenance}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
