import { useId, useState, type ReactNode } from 'react'
import type { Provenance } from '../domain/schema/provenance'
import { ProvenanceLegend } from './ProvenanceLegend'

/** Props of ChartFrame. */
export interface ChartFrameProps {
  title: string
  /** Study and figure/panel, e.g. "mo2022 · Fig. 3B". */
  source: string
  /** One or two sentences under the chart: n, statistics, what is derived. */
  caption?: ReactNode
  /** Provenance looks present in the plot, for the legend. */
  provenance: readonly Provenance[]
  /** The plot itself. */
  children: ReactNode
  /** The same data as an accessible table. */
  table: ReactNode
  /** Extra controls (time range, axis scale) placed in the toolbar. */
  controls?: ReactNode
}

/** Title, toolbar, plot-or-table, provenance legend and source caption: the frame every chart shares. */
export function ChartFrame({ title, source, caption, provenance, children, table, controls }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false)
  const titleId = useId()
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <div className="chart__head">
        <h3 id={titleId} className="chart__title">
          {title}
        </h3>
        <div className="chart__tools">
          {controls}
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
        </div>
      </div>
      {asTable ? table : <div className="chart__plot">{children}</div>}
      <ProvenanceLegend present={provenance} />
      <figcaption className="chart__caption">
        {caption}
        <span className="chart__source">Source: {source}</span>
      </figcaption>
    </figure>
  )
}
