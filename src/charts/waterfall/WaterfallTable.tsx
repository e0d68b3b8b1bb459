import type { WaterfallView } from './model'

/** Table view of a waterfall: one row per bar, largest first. */
export function WaterfallTable({ view }: { view: WaterfallView }) {
  return (
    <div className="table-scroll table-scroll--chart" role="region" aria-label="Waterfall values, scrollable" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{view.yLabel}, largest first</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">{view.yLabel}</th>
            <th scope="col">Category</th>
            <th scope="col">Provenance</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {view.bars.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.label}</th>
              <td>{b.text}</td>
              <td>{b.category ?? '—'}</td>
              <td>{b.provenance}</td>
              <td>{b.locator}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
