import { useState, type UIEvent } from 'react'
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

/** Above this many rows the scrollable table renders only a window of them (5,000 rows cost seconds of layout). */
const WINDOW_FROM = 200
/** Rows rendered around the visible ones, and the row height assumed for the spacers (px). */
const WINDOW = 80
const ROW_PX = 48

/** Numbers the study reports (and what the app derives from them), with n, provenance and source. */
export function EvidenceTable({ rows, caption, scrollable = true }: Props) {
  const [first, setFirst] = useState(0)
  const windowed = scrollable && rows.length > WINDOW_FROM
  const from = windowed ? Math.max(0, Math.min(first - WINDOW / 4, rows.length - WINDOW)) : 0
  const to = windowed ? Math.min(rows.length, from + WINDOW) : rows.length
  // Re-render only when the window moves by a quarter, not on every scroll event.
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const row = Math.floor(e.currentTarget.scrollTop / ROW_PX)
    if (Math.abs(row - first) >= WINDOW / 4) setFirst(row)
  }
  const spacer = (n: number) =>
    n > 0 && (
      <tr aria-hidden="true" style={{ height: n * ROW_PX }}>
        <td colSpan={5} />
      </tr>
    )
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
        {windowed && spacer(from)}
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
        {windowed && spacer(rows.length - to)}
      </tbody>
    </table>
  )
  return scrollable ? (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Evidence table, scrollable" onScroll={windowed ? onScroll : undefined}>
      {table}
    </div>
  ) : (
    table
  )
}
