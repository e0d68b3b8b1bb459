import { DataTable } from '../../ui/DataTable'
import type { EndpointView } from './model'

/** Table view of an endpoint chart: one row per group. */
export function EndpointTable({ view }: { view: EndpointView }) {
  return (
    <DataTable
      label="Endpoint values"
      caption={`${view.measure} by group`}
      columns={['Group', view.xLabel, 'Spread', 'Provenance', 'Source']}
      rows={view.bars.map((b) => ({
        key: b.id,
        header: b.label,
        cells: [b.text, b.errText ?? '—', b.model ? `${b.provenance}: ${b.model}` : b.provenance, b.locator],
      }))}
    />
  )
}
