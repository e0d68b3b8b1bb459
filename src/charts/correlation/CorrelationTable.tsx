import { DataTable } from '../../ui/DataTable'
import type { CorrelationView } from './model'

/** Table view of a correlation chart: every point with its provenance. */
export function CorrelationTable({ view }: { view: CorrelationView }) {
  return (
    <DataTable
      label="Correlation points"
      caption="Points"
      columns={['Point', view.xLabel, view.yLabel, 'Provenance']}
      rows={view.points.map((p, i) => ({ key: i, header: i + 1, cells: [p.x, p.y, p.provenance] }))}
    />
  )
}
