import { useContext, useId, useRef, useState, type ReactNode } from 'react'
import type { Provenance } from '../domain/schema/provenance'
import type { CsvTable } from './export/csv'
import { DataTable, type DataTableProps } from '../ui/DataTable'
import { ExportButtons } from '../ui/export/ExportButtons'
import { download } from '../ui/export/download'
import { toCsv } from './export/csv'
import { FigureTableContext, FigureTextContext } from './figure-text'
import { IllustrativeShown } from './IllustrativeBand'
import { ProvenanceLegend } from './ProvenanceLegend'
import './charts.css'

/** Props of ChartFrame other than the table. */
interface FrameProps {
  title: string
  /** Study and figure/panel, e.g. "mo2022 · Fig. 3B". */
  source: string
  /** One or two sentences under the chart: n, statistics, what is derived. */
  caption?: ReactNode
  /** Provenance looks present in the plot, for the legend. */
  provenance: readonly Provenance[]
  /** The plot itself. */
  children: ReactNode
  /** Extra controls (time range, axis scale) placed in the toolbar. */
  controls?: ReactNode
  /** Base name of exported files; export buttons appear when given with `csv`. */
  fileName?: string
  /** Rows of the CSV export (called on click only). */
  csv?: () => CsvTable
}

/**
 * Props of ChartFrame. The "Show as table" view is either a kind's own table component (`table`) or, so a
 * new kind needs none, the columns and rows its view model gives (`tableData`), drawn by the shared DataTable.
 */
export type ChartFrameProps = FrameProps & ({ table: ReactNode; tableData?: never } | { table?: never; tableData: DataTableProps })

/** Title, toolbar, plot-or-table, provenance legend and source caption: the frame every chart shares. */
export function ChartFrame({ title, source, caption, provenance, children, table, tableData, controls, fileName, csv }: ChartFrameProps) {
  const held = useContext(FigureTableContext)
  const [ownTable, setOwnTable] = useState(false)
  const asTable = held ? held.asTable : ownTable
  const setAsTable = held ? held.setAsTable : setOwnTable
  const titleId = useId()
  const figRef = useRef<HTMLElement>(null)
  const plotRef = useRef<HTMLDivElement>(null)
  const text = useContext(FigureTextContext)
  const doc = () => ({ title, source, provenance, ...(text?.() ?? { legend: [], caption: '' }) })
  // The drawn plot(s): the chart surface and any companion SVG (the number-at-risk table), not the key swatches.
  const plots = () =>
    plotRef.current && figRef.current
      ? { svgs: [...plotRef.current.querySelectorAll<SVGSVGElement>('svg.recharts-surface, svg[data-export]')], within: figRef.current }
      : null
  return (
    <figure ref={figRef} className="chart" aria-labelledby={titleId}>
      <div className="chart__head">
        <h3 id={titleId} className="chart__title">
          {title}
        </h3>
        <div className="chart__tools">
          {controls}
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
          {fileName && csv && (
            <ExportButtons
              doc={doc}
              plots={plots}
              fileName={fileName}
              extra={[{ label: 'CSV', run: () => download(new Blob([toCsv(csv())], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`) }]}
            />
          )}
        </div>
      </div>
      {asTable && (tableData ? <DataTable {...tableData} /> : table)}
      {/* The plot stays mounted while the table shows, so images can still be exported from it. */}
      <div ref={plotRef} className="chart__plot" hidden={asTable}>
        <IllustrativeShown.Provider value={provenance.includes('illustrative')}>{children}</IllustrativeShown.Provider>
      </div>
      <ProvenanceLegend present={provenance} />
      <figcaption className="chart__caption">
        {caption}
        <span className="chart__source">Source: {source}</span>
      </figcaption>
    </figure>
  )
}
