import type { ReactNode } from 'react'
import { useRowWindow, WindowedRows } from './useRowWindow'

/** One body row: a key, the row header and the other cells in column order. */
export interface DataRow {
  key: string | number
  header: ReactNode
  cells: readonly ReactNode[]
}

/** Props of DataTable. */
export interface DataTableProps {
  /** Accessible name of the scroll region, e.g. "Endpoint values". */
  label: string
  /** Table caption for screen readers. */
  caption: string
  /** Column headings, the row-header column first. */
  columns: readonly ReactNode[]
  rows: readonly DataRow[]
}

/** Height assumed for one body row (px), for the spacers of a windowed table. */
const ROW_PX = 34

/** A scrollable, keyboard-reachable table with row headers: the table view of a chart (windowed above 200 rows). */
export function DataTable({ label, caption, columns, rows }: DataTableProps) {
  const win = useRowWindow(rows.length, ROW_PX)
  const body = rows.map((r) => (
    <tr key={r.key}>
      <th scope="row">{r.header}</th>
      {r.cells.map((c, i) => (
        <td key={i}>{c}</td>
      ))}
    </tr>
  ))
  return (
    <div className="table-scroll table-scroll--chart" role="region" aria-label={`${label}, scrollable`} tabIndex={0} onScroll={win.onScroll}>
      <table className="data-table" aria-rowcount={win.windowed ? rows.length + 1 : undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={win.windowed ? 1 : undefined}>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <WindowedRows rows={body} win={win} rowPx={ROW_PX} colSpan={columns.length} />
        </tbody>
      </table>
    </div>
  )
}
