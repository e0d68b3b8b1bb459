import { asPrinted, derivationText, quantityText } from '../../domain/format'
import type { EvidenceRow } from '../../domain/schema/evidence'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'

/** Props of EvidenceTable. */
interface Props {
  rows: readonly EvidenceRow[]
  /** Caption for screen readers; the Study view's section heading names it otherwise. */
  caption?: string
  /** Wrap in a scrollable, keyboard-focusable region (the full study table is long). */
  scrollable?: boolean
}

/** A note that is the curator's, not the paper's: set apart and labelled so it is never read as reported. */
function CuratorsReading({ text }: { text: string }) {
  return (
    <span className="curator-reading">
      <br />
      <em>Curator's reading</em> (not reported): {text}
    </span>
  )
}

/** Numbers the study reports (and what the app derives from them), with n, provenance and source. */
export function EvidenceTable({ rows, caption, scrollable = true }: Props) {
  const table = (
    <table className="data-table">
      {caption && <caption className="visually-hidden">{caption}</caption>}
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
          <tr key={r.id} id={scrollable ? `ev-${r.id}` : undefined}>
            <th scope="row">{r.measure}</th>
            <td>
              {r.quantity.printed !== undefined ? `printed "${r.quantity.printed}"` : quantityText(r.quantity)}
              {r.quantity.interpretation && <CuratorsReading text={`read as ${asPrinted(r.quantity, r.quantity.interpretation.value)} ${r.quantity.unit}: ${r.quantity.interpretation.reason}`} />}
              {r.reading && <CuratorsReading text={r.reading} />}
            </td>
            <td>{r.quantity.n ?? '—'}</td>
            <td>
              <ProvenanceBadge provenance={r.quantity.provenance} title={derivationText(r.quantity)} />
            </td>
            <td>{r.quantity.source.locator}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return scrollable ? (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Evidence table, scrollable">
      {table}
    </div>
  ) : (
    table
  )
}
