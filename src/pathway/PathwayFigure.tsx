import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { ExportButtons } from '../ui/export/ExportButtons'
import type { GraphEdge } from '../domain/pathway/graph'
import type { Overlay } from '../domain/pathway/overlay'
import { layoutForRoom, type DiagramLayout } from './layout'
import { PathwayDiagram, type DiagramNode } from './PathwayDiagram'
import { PathwayLegend, pathwayLegendEntries } from './PathwayLegend'
import { PathwayList } from './PathwayList'
import { useRoom } from './useRoom'
import './pathway.css'

/** Props of PathwayFigure. */
export interface PathwayFigureProps {
  title: string
  /** One or two sentences under the diagram. */
  caption: string
  /** What is switched on, e.g. "Drugs on: palbociclib · Conditions: S6K1 amplified"; shown and exported. */
  state: string
  /** Where the diagram comes from, e.g. "mo2022 · pathway curated from the text". */
  source: string
  nodes: readonly DiagramNode[]
  edges: readonly GraphEdge[]
  /** null while the automatic layout loads. */
  layout: DiagramLayout | null
  overlay: Overlay
  selected: string | null
  onSelect: (id: string) => void
  studyTags?: Readonly<Record<string, string>>
  /** File name stem for exports, e.g. "pathway-mo2022". */
  exportName: string
  /** The evidence panel, shown beside the diagram. */
  aside?: ReactNode
}

/** Title, diagram-or-list switch, export, the diagram, legend and caption, with the evidence panel beside it. */
export function PathwayFigure({
  title,
  caption,
  state,
  source,
  nodes,
  edges,
  layout,
  overlay,
  selected,
  onSelect,
  studyTags,
  exportName,
  aside,
}: PathwayFigureProps) {
  const [asList, setAsList] = useState(false)
  const svg = useRef<SVGSVGElement>(null)
  const titleId = useId()
  const [roomRef, room] = useRoom()
  // Until the room is measured the curated layout is drawn as it is; then, in a narrow capped room, a tighter one.
  const drawn = useMemo(() => (layout && room ? layoutForRoom(layout, edges, room) : layout), [layout, edges, room])
  const legend = {
    nodeTypes: nodes.map((n) => n.type),
    edgeTypes: edges.map((e) => e.type),
    studyTags,
    proposed: nodes.some((n) => n.support === 'proposed') || edges.some((e) => e.support === 'proposed'),
    inactive: edges.some((e) => e.inactive),
  }
  return (
    <figure className="pw-figure" aria-labelledby={titleId}>
      <div className="pw-figure__head">
        <h3 id={titleId} className="pw-figure__title">
          {title}
        </h3>
        <div className="pw-figure__tools">
          <button type="button" aria-pressed={asList} onClick={() => setAsList((v) => !v)}>
            {asList ? 'Show as diagram' : 'Show as list'}
          </button>
          <ExportButtons
            disabled={asList || !layout}
            fileName={exportName}
            doc={() => ({ title, subtitle: state, legend: pathwayLegendEntries(legend), provenance: [], caption, source })}
            plots={() => (svg.current ? { svgs: [svg.current], within: svg.current } : null)}
          />
        </div>
      </div>
      <div className={`pw-figure__body${aside ? ' pw-figure__body--aside' : ''}`}>
        <div className="pw-figure__main">
          {asList ? (
            <PathwayList nodes={nodes} edges={edges} overlay={overlay} onSelect={onSelect} title={title} />
          ) : layout ? (
            <>
              <p className="pw-narrow-hint">The diagram is wider than this screen: scroll it sideways, or use “Show as list”.</p>
              <div className="pw-scroll" data-layout={layout.source} ref={roomRef}>
                <PathwayDiagram
                  title={title}
                  nodes={nodes}
                  edges={edges}
                  layout={drawn ?? layout}
                  overlay={overlay}
                  selected={selected}
                  onSelect={onSelect}
                  studyTags={studyTags}
                  svgRef={svg}
                />
              </div>
            </>
          ) : (
            <p role="status" className="panel-loading">
              Laying out the diagram…
            </p>
          )}
        </div>
        {aside}
      </div>
      <PathwayLegend {...legend} />
      <figcaption className="pw-figure__caption">
        <span className="pw-figure__state">{state}.</span> {caption} <span className="chart__source">Source: {source}</span>
      </figcaption>
    </figure>
  )
}
