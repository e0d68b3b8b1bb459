import type { GraphEdge } from '../domain/pathway/graph'
import type { NodeState } from '../domain/pathway/overlay'
import type { PathwayNode } from '../domain/schema/pathway'
import { NODE_STYLE } from './style'
import './pathway.css'

/** Props of PathwayThumbnail: a study's nodes (with curated coordinates) and edges; states optional. */
export interface PathwayThumbnailProps {
  nodes: readonly Pick<PathwayNode, 'id' | 'label' | 'type' | 'layout'>[]
  edges: readonly Pick<GraphEdge, 'id' | 'from' | 'to' | 'bypass'>[]
  /** Overlay states by node id, to tint the thumbnail like the full diagram. */
  states?: Readonly<Record<string, NodeState>>
  /** Accessible name, e.g. "Pathway of taniguchi2023: 7 nodes". */
  label: string
  width?: number
}

/**
 * A small picture of a pathway for cards: dots in the curated positions joined by lines, the
 * bypass route in its colour. Nodes without coordinates are spread on a grid (a thumbnail does
 * not justify loading the layout library).
 */
export function PathwayThumbnail({ nodes, edges, states, label, width = 160 }: PathwayThumbnailProps) {
  const cols = Math.ceil(Math.sqrt(nodes.length))
  // Keyed by plain strings: a thumbnail also draws the merged cross-study graph, whose node ids are not one study's.
  const pos = new Map<string, { x: number; y: number }>(
    nodes.map((n, i) => [
      n.id,
      n.layout ?? {
        x: 100 + (800 * (i % cols)) / Math.max(1, cols - 1),
        y: 60 + (480 * Math.floor(i / cols)) / Math.max(1, Math.ceil(nodes.length / cols) - 1),
      },
    ]),
  )
  return (
    <svg className="pw-thumb" width={width} height={(width * 3) / 5} viewBox="0 0 1000 600" role="img" aria-label={label}>
      {edges.map((e) => {
        const a = pos.get(e.from)
        const b = pos.get(e.to)
        return a && b ? <line key={e.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className={`pw-thumb__edge${e.bypass ? ' pw-thumb__edge--bypass' : ''}`} /> : null
      })}
      {nodes.map((n) => {
        const p = pos.get(n.id)
        return p ? (
          <circle
            key={n.id}
            cx={p.x}
            cy={p.y}
            r={34}
            className={`pw-thumb__node pw-thumb__node--${states?.[n.id] ?? 'normal'}`}
            style={{ ['--type' as string]: NODE_STYLE[n.type].colour }}
          />
        ) : null
      })}
    </svg>
  )
}
