import type { ReactNode } from 'react'

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

/** A scrollable, keyboard-reachable table with row headers: the table view of a chart. */
export function DataTable({ label, caption, columns, rows }: DataTableProps) {
  return (
    <div className="table-scroll table-scroll--chart" role="region" aria-label={`${label}, scrollable`} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.header}</th>
              {r.cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
