import { memo, useCallback, useLayoutEffect, useRef, useState, type UIEvent } from 'react'
import { CALL_LABEL, CALL_MARK, type MatrixRow, type MatrixSlice, type PhenotypeMatrix } from '../../domain/phenotype-matrix'

/** Fixed row height (px) so the visible window is computed without measuring rows. */
export const ROW_HEIGHT = 38
/** Rows drawn beyond the visible window on each side. */
const OVERSCAN = 8
/** Below this many rows every row is drawn: virtualising a short table buys nothing. */
const VIRTUALISE_FROM = 80
/** Rows drawn when the container has no height yet (first frame, or no layout engine as in tests). */
const FALLBACK_VIEW = 24

/** Which cell is open: the row key and column key. */
export interface OpenCell {
  row: string
  column: string
}

/** Props of MatrixTable. */
interface Props {
  matrix: PhenotypeMatrix
  slice: MatrixSlice
  open: OpenCell | null
  onOpen: (cell: OpenCell) => void
}

const rowName = (r: MatrixRow) => `${r.modelName}${r.conditionName ? `, ${r.conditionName}` : ''} (${r.study})`

/**
 * The phenotype matrix as a real table: sticky header and first column, a button per tested cell.
 * With hundreds of studies only the rows in view (plus a margin) are in the DOM; spacer rows keep the scroll height.
 */
export const MatrixTable = memo(function MatrixTable({ matrix, slice, open, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, height: 0 })
  const virtual = slice.rows.length >= VIRTUALISE_FROM
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight })
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget
    setView((v) => (v.top === el.scrollTop ? v : { top: el.scrollTop, height: el.clientHeight }))
  }, [])
  const visibleRows = virtual ? Math.ceil((view.height || FALLBACK_VIEW * ROW_HEIGHT) / ROW_HEIGHT) : slice.rows.length
  const first = virtual ? Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN) : 0
  const last = virtual ? Math.min(slice.rows.length, first + visibleRows + 2 * OVERSCAN) : slice.rows.length
  const cols = slice.columns
  return (
    <div ref={scroller} className="pm-scroll" tabIndex={0} role="region" aria-label="Phenotype matrix, scrollable" onScroll={virtual ? onScroll : undefined}>
      <table className="pm-table" aria-rowcount={slice.rows.length + 1}>
        <caption className="visually-hidden">
          Phenotype calls: rows are a model in a condition, columns an agent or combination. R resistant, S sensitive, RS re-sensitised, P partial; a dot means not tested.
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="pm-corner">
              Model · condition <span className="pm-study">study</span>
            </th>
            {cols.map((c) => (
              <th key={c.key} scope="col" className="pm-colhead" title={c.targets.length ? `Targets: ${c.targets.join(', ')}` : undefined}>
                <span>{c.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" className="pm-spacer" style={{ height: first * ROW_HEIGHT }} />}
          {slice.rows.slice(first, last).map((r, i) => {
            const byCol = matrix.cells.get(r.key)
            return (
              <tr key={r.key} aria-rowindex={first + i + 2} style={{ height: ROW_HEIGHT }}>
                <th scope="row" className="pm-rowhead">
                  <span className="pm-rowname">
                    {r.modelName}
                    {r.conditionName && <span className="pm-cond"> · {r.conditionName}</span>}
                  </span>{' '}
                  <span className="pm-study">{r.study}</span>
                </th>
                {cols.map((c) => {
                  const cell = byCol?.get(c.key)
                  if (!cell)
                    // A bare dot keeps the DOM light (the caption says what it means): hundreds of rows × dozens of columns.
                    return (
                      <td key={c.key} className="pm-cell pm-call--none">
                        ·
                      </td>
                    )
                  const isOpen = open?.row === r.key && open.column === c.key
                  return (
                    <td key={c.key} className={`pm-cell pm-call--${cell.call}`}>
                      <button
                        type="button"
                        className="pm-btn"
                        aria-expanded={isOpen}
                        aria-label={`${rowName(r)} with ${c.label}: ${CALL_MARK[cell.call]}, ${CALL_LABEL[cell.call]}. Open evidence`}
                        onClick={() => onOpen({ row: r.key, column: c.key })}
                      >
                        {CALL_MARK[cell.call]}
                      </button>
                    </td>
                  )
                })}
              </tr>
            )
          })}
          {last < slice.rows.length && <tr aria-hidden="true" className="pm-spacer" style={{ height: (slice.rows.length - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
    </div>
  )
})
