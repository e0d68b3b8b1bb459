import { DataTable } from '../../ui/DataTable'
import type { WaterfallView } from './model'

/** Table view of a waterfall: one row per bar, largest first. */
export function WaterfallTable({ view }: { view: WaterfallView }) {
  return (
    <DataTable
      label="Waterfall values"
      caption={`${view.yLabel}, largest first`}
      columns={['Model', view.yLabel, 'Category', 'Provenance', 'Source']}
      rows={view.bars.map((b) => ({ key: b.id, header: b.label, cells: [b.text, b.category ?? '—', b.provenance, b.locator] }))}
    />
  )
}
