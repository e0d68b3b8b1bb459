import { useId, useRef, useState, type ReactNode } from 'react'
import type { GraphEdge } from '../domain/pathway/graph'
import type { Overlay } from '../domain/pathway/overlay'
import { exportPng, exportSvg } from './export'
import type { DiagramLayout } from './layout'
import { PathwayDiagram, type DiagramNode } from './PathwayDiagram'
import { PathwayLegend } from './PathwayLegend'
import { PathwayList } from './PathwayList'
import './pathway.css'

/** Props of PathwayFigure. */
export interface PathwayFigureProps {
  title: string
  /** One or two sentences under the diagram. */
  caption: ReactNode
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
export function PathwayFigure({ title, caption, nodes, edges, layout, overlay, selected, onSelect, studyTags, exportName, aside }: PathwayFigureProps) {
  const [asList, setAsList] = useState(false)
  const svg = useRef<SVGSVGElement>(null)
  const titleId = useId()
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
          <button type="button" disabled={asList || !layout} onClick={() => svg.current && exportSvg(svg.current, `${exportName}.svg`)}>
            Export SVG
          </button>
          <button type="button" disabled={asList || !layout} onClick={() => svg.current && void exportPng(svg.current, `${exportName}.png`)}>
            Export PNG
          </button>
        </div>
      </div>
      <div className={`pw-figure__body${aside ? ' pw-figure__body--aside' : ''}`}>
        <div className="pw-figure__main">
          {asList ? (
            <PathwayList nodes={nodes} edges={edges} overlay={overlay} onSelect={onSelect} title={title} />
          ) : layout ? (
            <>
            <p className="pw-narrow-hint">The diagram is wider than this screen: scroll it sideways, or use “Show as list”.</p>
            <div className="pw-scroll" data-layout={layout.source}>
              <PathwayDiagram title={title} nodes={nodes} edges={edges} layout={layout} overlay={overlay} selected={selected} onSelect={onSelect} studyTags={studyTags} svgRef={svg} />
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
      <PathwayLegend
        nodeTypes={nodes.map((n) => n.type)}
        edgeTypes={edges.map((e) => e.type)}
        studyTags={studyTags}
        proposed={nodes.some((n) => n.support === 'proposed') || edges.some((e) => e.support === 'proposed')}
        inactive={edges.some((e) => e.inactive)}
      />
      <figcaption className="pw-figure__caption">{caption}</figcaption>
    </figure>
  )
}
