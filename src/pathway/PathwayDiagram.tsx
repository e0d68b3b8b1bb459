import { memo, useId, type KeyboardEvent, type Ref } from 'react'
import type { GraphEdge } from '../domain/pathway/graph'
import type { EdgeState, NodeOverlay, Overlay } from '../domain/pathway/overlay'
import type { PathwayNode } from '../domain/schema/pathway'
import { LABEL_SIZE, LINE_H, labelCut, wrapLabel, type Box, type EdgeGeometry } from './geometry'
import { CHIP_ROW, type DiagramLayout } from './layout'
import { EDGE_STYLE, NODE_STYLE, PROPOSED_DASH, shapePath, STATE_BADGE } from './style'

/** A node as the diagram draws it; `studies` only in the combined diagram. */
export interface DiagramNode {
  id: string
  label: string
  type: PathwayNode['type']
  studies?: readonly string[]
  /** `proposed` by the authors from the literature rather than shown by the data: drawn with a dashed outline. */
  support?: PathwayNode['support']
}

/** Props of PathwayDiagram. */
export interface PathwayDiagramProps {
  /** Accessible name of the drawing, e.g. "taniguchi2023 pathway". */
  title: string
  nodes: readonly DiagramNode[]
  edges: readonly GraphEdge[]
  layout: DiagramLayout
  overlay: Overlay
  /** The node whose evidence is open. */
  selected?: string | null
  onSelect?: (id: string) => void
  /** Short tag per study id for the combined diagram's chips (e.g. "T" for taniguchi2023). */
  studyTags?: Readonly<Record<string, string>>
  svgRef?: Ref<SVGSVGElement>
}

const EDGE_STATES: readonly EdgeState[] = ['live', 'off', 'latent', 'bypass', 'feedback', 'inactive']
const MARKERS = ['arrow', 'bar', 'dot'] as const

function Marker({ id, kind, state }: { id: string; kind: (typeof MARKERS)[number]; state: EdgeState }) {
  const cls = `pw-mk pw-mk--${state}`
  if (kind === 'arrow')
    return (
      <marker
        id={id}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth={state === 'bypass' ? 15 : 12}
        markerHeight={state === 'bypass' ? 15 : 12}
        orient="auto-start-reverse"
        markerUnits="userSpaceOnUse"
      >
        <path d="M0,0L10,5L0,10Z" className={cls} />
      </marker>
    )
  if (kind === 'bar')
    return (
      <marker id={id} viewBox="0 0 4 12" refX="2" refY="6" markerWidth={5} markerHeight={16} orient="auto" markerUnits="userSpaceOnUse">
        <rect x="0" y="0" width="4" height="12" className={cls} />
      </marker>
    )
  return (
    <marker id={id} viewBox="0 0 10 10" refX="5" refY="5" markerWidth={10} markerHeight={10} orient="auto" markerUnits="userSpaceOnUse">
      <circle cx="5" cy="5" r="4.5" className={cls} />
    </marker>
  )
}

/** A cross at an edge's midpoint with the words "not active here": the study tested the link and it does not operate. */
function InactiveCross({ x, y }: { x: number; y: number }) {
  return (
    <g className="pw-inactive" aria-hidden="true">
      <path d={`M${x - 7},${y - 7}L${x + 7},${y + 7}M${x - 7},${y + 7}L${x + 7},${y - 7}`} />
      <text x={x + 11} y={y + 4}>
        not active here
      </text>
    </g>
  )
}

/** Words at an edge's midpoint, e.g. "proposed", so the mark survives any overlay state's dash. */
function EdgeNote({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <text className="pw-edge-note" x={x + 8} y={y + 4} aria-hidden="true">
      {text}
    </text>
  )
}

/** Badge width for a text at 11 px. */
const badgeWidth = (text: string) => text.length * 6.6 + 12

function Badge({ x, y, text, kind }: { x: number; y: number; text: string; kind: string }) {
  const w = badgeWidth(text)
  return (
    <g className={`pw-badge pw-badge--${kind}`} aria-hidden="true">
      <rect x={x - w / 2} y={y - 8} width={w} height={16} rx={8} />
      <text x={x} y={y + 4} textAnchor="middle">
        {text}
      </text>
    </g>
  )
}

/** The drugs acting on a node, at its lower-left corner (edges usually leave from the bottom centre). */
function AgentBadge({ box, text: full }: { box: Box; text: string }) {
  // Long names are cut on the badge; the node's explanation and the list view carry them whole.
  const text = full.length > 26 ? `${full.slice(0, 25)}…` : full
  return <Badge x={box.x - box.w / 2 + badgeWidth(text) / 2 - 6} y={box.y + box.h / 2} text={text} kind="agent" />
}

function NodeLabel({ label, box, chips }: { label: string; box: Box; chips: boolean }) {
  const lines = wrapLabel(label)
  const top = box.y - ((lines.length - 1) * LINE_H) / 2 + LABEL_SIZE * 0.35 - (chips ? CHIP_ROW / 2 : 0)
  return (
    <text className="pw-node__label" x={box.x} y={top} textAnchor="middle" fontSize={LABEL_SIZE}>
      {lines.map((l, i) => (
        <tspan key={i} x={box.x} dy={i === 0 ? 0 : LINE_H}>
          {i < lines.length - 1 ? `${l} ` : l}
        </tspan>
      ))}
    </text>
  )
}

/** Whether two node overlays draw the same: an overlay is computed afresh on every change, so compare what it holds. */
const sameOverlay = (a: NodeOverlay, b: NodeOverlay) =>
  a.state === b.state && a.on === b.on && a.stateLabel === b.stateLabel && a.explanation === b.explanation && a.agents.join('\n') === b.agents.join('\n')

/** Props of one drawn edge. */
interface EdgeViewProps {
  edge: GraphEdge
  geo: EdgeGeometry
  state: EdgeState
  /** The diagram's id prefix, for its markers. */
  uid: string
  fromLabel: string
  toLabel: string
}

/**
 * One edge with its marker and tooltip. Memoised, like NodeView: a step or toggle relights a handful of the
 * diagram's parts, so only those render again.
 */
const EdgeView = memo(function EdgeView({ edge: e, geo, state: st, uid, fromLabel, toLabel }: EdgeViewProps) {
  const style = EDGE_STYLE[e.type]
  const proposed = e.support === 'proposed'
  return (
    <g className={proposed ? 'pw-edge--proposed' : undefined}>
      <path
        d={geo.d}
        className={`pw-edge pw-edge--${st} pw-edge--${e.type}`}
        strokeDasharray={st === 'latent' ? '3 6' : proposed ? PROPOSED_DASH : style.dash}
        markerEnd={`url(#${uid}-${style.marker}-${st})`}
        data-edge={e.id}
        data-support={proposed ? 'proposed' : undefined}
      >
        <title>{`${fromLabel} ${style.label} ${toLabel}${e.bypass ? ' (resistant route)' : ''}${proposed ? ' (proposed by the authors, not shown)' : ''}${st === 'inactive' ? ' (not active in this model)' : ''}`}</title>
      </path>
      {st === 'inactive' && <InactiveCross x={geo.mid.x} y={geo.mid.y} />}
      {proposed && st !== 'inactive' && <EdgeNote x={geo.mid.x} y={geo.mid.y} text="proposed" />}
    </g>
  )
})

/** Props of one drawn node. */
interface NodeViewProps {
  node: DiagramNode
  box: Box
  overlay: NodeOverlay
  selected: boolean
  /** The diagram's id prefix, for its hatch pattern. */
  uid: string
  studyTags?: Readonly<Record<string, string>>
  onSelect?: (id: string) => void
}

/** One node: its shape, label, state badge, agent badge and study chips, and the button that selects it. */
const NodeView = memo(
  function NodeView({ node: n, box, overlay: o, selected: isSel, uid, studyTags, onSelect }: NodeViewProps) {
    const style = NODE_STYLE[n.type]
    const badge = STATE_BADGE[o.state]
    const chips = !!(studyTags && n.studies?.length)
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        onSelect?.(n.id)
      }
    }
    return (
      // The outer group carries the state classes, the tooltip and the badges; the inner one is the
      // button, holding only the label, so its visible text matches its accessible name.
      <g
        className={`pw-node pw-node--${o.state}${o.on ? '' : ' pw-node--off'}${isSel ? ' pw-node--selected' : ''}${n.support === 'proposed' ? ' pw-node--proposed' : ''} pw-shape--${style.shape}`}
        style={{ ['--type' as string]: style.colour }}
        data-node={n.id}
        data-state={o.state}
        onClick={() => onSelect?.(n.id)}
      >
        <title>{labelCut(n.label) ? `${n.label}: ${o.explanation}` : o.explanation}</title>
        <g
          className="pw-node__hit"
          role="button"
          tabIndex={0}
          aria-pressed={isSel}
          aria-label={`${n.label}, ${o.stateLabel}${n.support === 'proposed' ? ', proposed' : ''}${chips ? `, in ${n.studies?.join(', ')}` : ''}`}
          onKeyDown={onKey}
        >
          <path className="pw-node__ring" d={shapePath(style.shape, box)} />
          <path className="pw-node__shape" d={shapePath(style.shape, box)} />
          {o.state === 'blocked' && <path className="pw-node__hatch" d={shapePath(style.shape, box)} fill={`url(#${uid}-hatch)`} />}
          <NodeLabel label={n.label} box={box} chips={chips} />
        </g>
        <g aria-hidden="true">
          {chips && (
            <g className="pw-chips">
              {n.studies?.map((s, i, all) => {
                const cx = box.x + (i - (all.length - 1) / 2) * 24
                return (
                  <g key={s}>
                    <rect x={cx - 10} y={box.y + box.h / 2 - CHIP_ROW + 1} width={20} height={15} rx={3} />
                    <text x={cx} y={box.y + box.h / 2 - CHIP_ROW + 12.5} textAnchor="middle">
                      {studyTags?.[s] ?? s[0]}
                    </text>
                  </g>
                )
              })}
            </g>
          )}
          {n.support === 'proposed' && <Badge x={box.x - box.w / 2 + badgeWidth('proposed') / 2 - 6} y={box.y - box.h / 2} text="proposed" kind="proposed" />}
          {badge && <Badge x={box.x + box.w / 2 - badgeWidth(badge) / 2 + 6} y={box.y - box.h / 2} text={badge} kind={o.state} />}
          {o.agents.length > 0 && <AgentBadge box={box} text={`${o.state === 'blocked' ? '⊣ ' : ''}${o.agents.join(', ')}`} />}
        </g>
      </g>
    )
  },
  (a, b) =>
    a.node === b.node &&
    a.box === b.box &&
    a.selected === b.selected &&
    a.uid === b.uid &&
    a.studyTags === b.studyTags &&
    a.onSelect === b.onSelect &&
    sameOverlay(a.overlay, b.overlay),
)

/** The SVG pathway: typed node shapes, typed edges, the overlay's states, study chips when combined. */
export function PathwayDiagram({ title, nodes, edges, layout, overlay, selected, onSelect, studyTags, svgRef }: PathwayDiagramProps) {
  const uid = useId().replace(/:/g, '')
  const label = new Map(nodes.map((n) => [n.id, n.label]))
  const { x, y, w, h } = layout.viewBox
  return (
    <svg
      ref={svgRef}
      className="pw-svg"
      viewBox={`${x} ${y} ${w} ${h}`}
      role="group"
      aria-label={title}
      xmlns="http://www.w3.org/2000/svg"
      // Never below ~0.8 px per unit, so labels stay legible; wider diagrams scroll sideways instead.
      style={{ aspectRatio: `${w} / ${h}`, minWidth: `${Math.round(Math.max(760, w * 0.8))}px` }}
    >
      <Defs uid={uid} />
      <g className="pw-edges">
        {edges.map((e) => {
          const geo = layout.edges.get(e.id)
          if (!geo) return null
          return (
            <EdgeView
              key={e.id}
              edge={e}
              geo={geo}
              state={overlay.edges[e.id] ?? 'live'}
              uid={uid}
              fromLabel={label.get(e.from) ?? e.from}
              toLabel={label.get(e.to) ?? e.to}
            />
          )
        })}
      </g>
      <g className="pw-nodes">
        {nodes.map((n) => {
          const box = layout.boxes.get(n.id)
          const o = overlay.nodes[n.id]
          if (!box || !o) return null
          return <NodeView key={n.id} node={n} box={box} overlay={o} selected={selected === n.id} uid={uid} studyTags={studyTags} onSelect={onSelect} />
        })}
      </g>
    </svg>
  )
}

/** The markers of every edge kind and state, and the hatch of blocked nodes; the same for every overlay. */
const Defs = memo(function Defs({ uid }: { uid: string }) {
  return (
    <defs>
      {MARKERS.flatMap((kind) => EDGE_STATES.map((s) => <Marker key={`${kind}-${s}`} id={`${uid}-${kind}-${s}`} kind={kind} state={s} />))}
      <pattern id={`${uid}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="8" className="pw-hatch" />
      </pattern>
    </defs>
  )
})
