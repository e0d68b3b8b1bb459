import { cloneElement, useState, type ReactElement, type UIEvent } from 'react'

/** Above this many rows a scrollable table renders only a window of them (thousands of rows cost seconds of layout). */
const WINDOW_FROM = 200
/** Rows rendered around the visible ones. */
const WINDOW = 80

/** What a windowed table renders: rows [from, to) between two spacers, and the scroll handler that moves the window. */
export interface RowWindow {
  windowed: boolean
  from: number
  to: number
  onScroll: ((e: UIEvent<HTMLElement>) => void) | undefined
}

/**
 * The window of `total` rows (each about `rowPx` tall) a scrollable table renders; all of them at 200 or fewer.
 * It re-renders only when the window moves by a quarter, not on every scroll event.
 */
export function useRowWindow(total: number, rowPx: number, on = true): RowWindow {
  const [first, setFirst] = useState(0)
  const windowed = on && total > WINDOW_FROM
  const from = windowed ? Math.max(0, Math.min(first - WINDOW / 4, total - WINDOW)) : 0
  const to = windowed ? Math.min(total, from + WINDOW) : total
  const onScroll = windowed
    ? (e: UIEvent<HTMLElement>) => {
        const row = Math.floor(e.currentTarget.scrollTop / rowPx)
        if (Math.abs(row - first) >= WINDOW / 4) setFirst(row)
      }
    : undefined
  return { windowed, from, to, onScroll }
}

/** An empty row standing in for `rows` rows that are not rendered. */
export function SpacerRow({ rows, rowPx, colSpan }: { rows: number; rowPx: number; colSpan: number }) {
  return rows > 0 ? (
    <tr aria-hidden="true" style={{ height: rows * rowPx }}>
      <td colSpan={colSpan} />
    </tr>
  ) : null
}

/**
 * The rendered part of `rows` (body rows, built cheaply as elements) with spacers for the rest, each row given its
 * aria-rowindex (the header row is 1) so a screen reader still counts every row.
 */
export function WindowedRows({
  rows,
  win,
  rowPx,
  colSpan,
}: {
  rows: readonly ReactElement<{ 'aria-rowindex'?: number }>[]
  win: RowWindow
  rowPx: number
  colSpan: number
}) {
  if (!win.windowed) return <>{rows}</>
  return (
    <>
      <SpacerRow rows={win.from} rowPx={rowPx} colSpan={colSpan} />
      {rows.slice(win.from, win.to).map((r, i) => cloneElement(r, { 'aria-rowindex': win.from + i + 2 }))}
      <SpacerRow rows={rows.length - win.to} rowPx={rowPx} colSpan={colSpan} />
    </>
  )
}
