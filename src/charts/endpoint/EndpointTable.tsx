import type { EndpointView } from './model'

/** Table view of an endpoint chart: one row per group. */
export function EndpointTable({ view }: { view: EndpointView }) {
  return (
    <div className="table-scroll table-scroll--chart" role="region" aria-label="Endpoint values, scrollable" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{view.measure} by group</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">{view.xLabel}</th>
            <th scope="col">Spread</th>
            <th scope="col">Provenance</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {view.bars.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.label}</th>
              <td>{b.text}</td>
              <td>{b.errText ?? '—'}</td>
              <td>{b.model ? `${b.provenance}: ${b.model}` : b.provenance}</td>
              <td>{b.locator}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
