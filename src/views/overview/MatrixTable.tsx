import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react'
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

/** A line of the table body: a study's group heading, or a model × condition row (with whether it repeats the model above). */
type Item = { kind: 'study'; study: string; cancer: string; rows: number } | { kind: 'row'; row: MatrixRow; repeat: boolean }

/** Rows grouped under a heading per study, in the slice's order (study → model → condition). */
function itemsOf(rows: readonly MatrixRow[]): Item[] {
  const out: Item[] = []
  let head: Extract<Item, { kind: 'study' }> | undefined
  let prev: MatrixRow | undefined
  for (const r of rows) {
    if (head?.study !== r.study) {
      head = { kind: 'study', study: r.study, cancer: r.cancer, rows: 0 }
      out.push(head)
      prev = undefined
    }
    head.rows++
    out.push({ kind: 'row', row: r, repeat: prev?.model === r.model })
    prev = r
  }
  return out
}

/**
 * The phenotype matrix as a real table: sticky header and first column, a button per tested cell.
 * With hundreds of studies only the rows in view (plus a margin) are in the DOM; spacer rows keep the scroll height.
 */
export const MatrixTable = memo(function MatrixTable({ matrix, slice, open, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, height: 0 })
  const items = useMemo(() => itemsOf(slice.rows), [slice.rows])
  const virtual = items.length >= VIRTUALISE_FROM
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
  const visibleRows = virtual ? Math.ceil((view.height || FALLBACK_VIEW * ROW_HEIGHT) / ROW_HEIGHT) : items.length
  const first = virtual ? Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN) : 0
  const last = virtual ? Math.min(items.length, first + visibleRows + 2 * OVERSCAN) : items.length
  const cols = slice.columns
  // A thicker rule where a new base drug starts, so each drug and its combinations read as one block.
  const edges = useMemo(() => cols.map((c, i) => (cols[i - 1]?.anchor !== c.anchor ? ' pm-col--first' : '')), [cols])
  return (
    <div ref={scroller} className="pm-scroll" tabIndex={0} role="region" aria-label="Phenotype matrix, scrollable" onScroll={virtual ? onScroll : undefined}>
      <table className="pm-table" aria-rowcount={items.length + 1}>
        <caption className="visually-hidden">
          Phenotype calls: rows are a model in a condition, grouped by study; columns an agent, each followed by its combinations. R resistant, S sensitive, RS
          re-sensitised, P partial; a dot means not tested.
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="pm-corner">
              Model · condition <span className="pm-study">study</span>
            </th>
            {cols.map((c, i) => {
              // A combination right after its base column reads "+ Everolimus"; the full name stays in the title and for screen readers.
              const beside = c.added && cols[i - 1]?.anchor === c.anchor
              const full = `${c.label}${c.targets.length ? `. Targets: ${c.targets.join(', ')}` : ''}`
              return (
                <th key={c.key} scope="col" className={`pm-colhead${edges[i]}`} title={full}>
                  {beside ? (
                    <>
                      <span aria-hidden="true">+ {c.added}</span>
                      <span className="visually-hidden">{c.label}</span>
                    </>
                  ) : (
                    <span>{c.label}</span>
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" className="pm-spacer" style={{ height: first * ROW_HEIGHT }} />}
          {items.slice(first, last).map((item, i) => {
            if (item.kind === 'study')
              return (
                <tr key={`study-${item.study}`} aria-rowindex={first + i + 2} className="pm-group" style={{ height: ROW_HEIGHT }}>
                  <th scope="rowgroup" colSpan={cols.length + 1} className="pm-group__h">
                    <span className="pm-group__label">
                      {item.study}{' '}
                      <span className="pm-study">
                        {item.cancer} · {item.rows} rows
                      </span>
                    </span>
                  </th>
                </tr>
              )
            const r = item.row
            const byCol = matrix.cells.get(r.key)
            const full = `${r.modelName}${r.conditionName ? ` · ${r.conditionName}` : ''} (${r.study})`
            return (
              <tr key={r.key} aria-rowindex={first + i + 2} style={{ height: ROW_HEIGHT }}>
                <th scope="row" className="pm-rowhead" title={full}>
                  {/* Cut to two lines; the full label shows on hover (title) and, wrapped downwards over the headers below (never over cells), while a cell of the row has focus. */}
                  <span className="pm-rowhead__in">
                    <span className={item.repeat ? 'pm-rowname pm-rowname--repeat' : 'pm-rowname'}>{r.modelName}</span>
                    {r.conditionName && <span className="pm-cond">{r.conditionName}</span>}
                  </span>
                </th>
                {cols.map((c, ci) => {
                  const cell = byCol?.get(c.key)
                  const edge = edges[ci]
                  if (!cell)
                    // A bare dot keeps the DOM light (the caption says what it means): hundreds of rows × dozens of columns.
                    return (
                      <td key={c.key} className={`pm-cell pm-call--none${edge}`}>
                        ·
                      </td>
                    )
                  const isOpen = open?.row === r.key && open.column === c.key
                  return (
                    <td key={c.key} className={`pm-cell pm-call--${cell.call}${edge}`}>
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
          {last < items.length && <tr aria-hidden="true" className="pm-spacer" style={{ height: (items.length - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
    </div>
  )
})
