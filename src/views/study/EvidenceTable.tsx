import type { EvidenceRow } from '../../domain/schema/evidence'
import { quantityText } from '../../domain/format'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'


/** Every number the study reports (and what the app derives from them), with its source. */
export function EvidenceTable({ rows }: { rows: readonly EvidenceRow[] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Evidence table, scrollable">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Value</th>
            <th scope="col">n</th>
            <th scope="col">Provenance</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} id={`ev-${r.id}`}>
              <th scope="row">{r.measure}</th>
              <td>{quantityText(r.quantity)}</td>
              <td>{r.quantity.n ?? '—'}</td>
              <td>
                <ProvenanceBadge provenance={r.quantity.provenance} title={r.quantity.derivation ? `${r.quantity.derivation.model}; inputs: ${r.quantity.derivation.inputs.join(', ')}` : undefined} />
              </td>
              <td>{r.quantity.source.locator}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
