import { asPrinted, derivationText, quantityText } from '../../domain/format'
import type { EvidenceRow } from '../../domain/schema/evidence'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { SpacerRow, useRowWindow } from '../../ui/useRowWindow'

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

/** Height assumed for one body row (px), for the spacers of the windowed table. */
const ROW_PX = 48

/** Numbers the study reports (and what the app derives from them), with n, provenance and source. */
export function EvidenceTable({ rows, caption, scrollable = true }: Props) {
  // Above 200 rows the scrollable table renders only a window of them (5,000 rows cost seconds of layout).
  const { windowed, from, to, onScroll } = useRowWindow(rows.length, ROW_PX, scrollable)
  const table = (
    <table className="data-table" aria-rowcount={windowed ? rows.length + 1 : undefined}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr aria-rowindex={windowed ? 1 : undefined}>
          <th scope="col">Measure</th>
          <th scope="col">Value</th>
          <th scope="col">n</th>
          <th scope="col">Provenance</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        <SpacerRow rows={from} rowPx={ROW_PX} colSpan={5} />
        {rows.slice(from, to).map((r, i) => (
          <tr key={r.id} id={scrollable ? `ev-${r.id}` : undefined} aria-rowindex={windowed ? from + i + 2 : undefined}>
            <th scope="row">{r.measure}</th>
            <td>
              {r.quantity.printed !== undefined ? `printed "${r.quantity.printed}"` : quantityText(r.quantity)}
              {r.quantity.interpretation && (
                <CuratorsReading
                  text={`read as ${asPrinted(r.quantity, r.quantity.interpretation.value)} ${r.quantity.unit}: ${r.quantity.interpretation.reason}`}
                />
              )}
              {r.reading && <CuratorsReading text={r.reading} />}
            </td>
            <td>{r.quantity.n ?? '—'}</td>
            <td>
              <ProvenanceBadge provenance={r.quantity.provenance} title={derivationText(r.quantity)} />
            </td>
            <td>{r.quantity.source.locator}</td>
          </tr>
        ))}
        <SpacerRow rows={rows.length - to} rowPx={ROW_PX} colSpan={5} />
      </tbody>
    </table>
  )
  return scrollable ? (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Evidence table, scrollable" onScroll={onScroll}>
      {table}
    </div>
  ) : (
    table
  )
}
