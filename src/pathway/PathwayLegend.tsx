import type { GraphEdge } from '../domain/pathway/graph'
import type { NodeState } from '../domain/pathway/overlay'
import type { PathwayNode } from '../domain/schema/pathway'
import type { LegendEntry } from '../ui/export/figure-doc'
import { EDGE_STYLE, NODE_STYLE, PROPOSED_DASH, shapePath } from './style'

/** Props of PathwayLegend: only what the diagram shows is listed. */
export interface PathwayLegendProps {
  nodeTypes: readonly PathwayNode['type'][]
  edgeTypes: readonly GraphEdge['type'][]
  /** Study id → short tag, for the combined diagram. */
  studyTags?: Readonly<Record<string, string>>
  /** Whether any node or edge is only proposed by the authors (adds the "proposed" key). */
  proposed?: boolean
  /** Whether any edge was found not active in the model (adds the "not active" key). */
  inactive?: boolean
}

const STATES: [NodeState | 'inactive', string][] = [
  ['blocked', 'blocked: a drug acts on it and switches it off'],
  ['targeted', 'targeted: an agent raises it or acts on it indirectly'],
  ['dimmed', 'dimmed: off because its inputs are blocked'],
  ['bypass', 'bypass: kept on (or off) by the resistant route'],
  ['raised', 'raised: on because what holds it down is off'],
  ['inactive', 'inactive: off in this condition without any drug'],
]

/** The same key as text entries, for exported images. */
export function pathwayLegendEntries({ nodeTypes, edgeTypes, studyTags, proposed = false, inactive = false }: PathwayLegendProps): LegendEntry[] {
  return [
    ...[...new Set(nodeTypes)].map((t) => ({ label: `${NODE_STYLE[t].label} (node)`, colour: NODE_STYLE[t].colour })),
    ...[...new Set(edgeTypes)].map((t) => ({ label: `${EDGE_STYLE[t].glyph} ${EDGE_STYLE[t].label}` })),
    ...(proposed ? [{ label: 'dashed, marked "proposed": proposed by the authors, not shown by the data' }] : []),
    ...(inactive ? [{ label: 'crossed: tested, not active in this model' }] : []),
    ...STATES.map(([, text]) => ({ label: text })),
    ...Object.entries(studyTags ?? {}).map(([id, tag]) => ({ label: `[${tag}] ${id}` })),
  ]
}

/** Key to node shapes, edge styles, overlay states and study tags. */
export function PathwayLegend({ nodeTypes, edgeTypes, studyTags, proposed = false, inactive = false }: PathwayLegendProps) {
  const types = [...new Set(nodeTypes)]
  const edges = [...new Set(edgeTypes)]
  return (
    <div className="pw-legend" aria-label="Pathway legend" role="group">
      <ul className="pw-legend__list">
        {types.map((t) => {
          const s = NODE_STYLE[t]
          return (
            <li key={t}>
              <svg width="34" height="20" viewBox="0 0 34 20" aria-hidden="true" className={`pw-shape--${s.shape}`} style={{ ['--type' as string]: s.colour }}>
                <path className="pw-node__shape" d={shapePath(s.shape, { x: 17, y: 10, w: 30, h: 16 })} />
              </svg>
              {s.label}
            </li>
          )
        })}
      </ul>
      <ul className="pw-legend__list">
        {edges.map((t) => {
          const s = EDGE_STYLE[t]
          return (
            <li key={t}>
              <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
                <line x1="2" y1="7" x2="32" y2="7" className="pw-edge pw-edge--live" strokeDasharray={s.dash} />
                {s.marker === 'arrow' && <path d="M31,2L39,7L31,12Z" className="pw-mk pw-mk--live" />}
                {s.marker === 'bar' && <rect x="32" y="1" width="3" height="12" className="pw-mk pw-mk--live" />}
                {s.marker === 'dot' && <circle cx="35" cy="7" r="4" className="pw-mk pw-mk--live" />}
              </svg>
              {s.label}
            </li>
          )
        })}
        <li>
          <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
            <line x1="2" y1="7" x2="38" y2="7" className="pw-edge pw-edge--bypass" />
          </svg>
          resistant route, active
        </li>
        <li>
          <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
            <line x1="2" y1="7" x2="38" y2="7" className="pw-edge pw-edge--latent" strokeDasharray="3 6" />
          </svg>
          resistant route, not active
        </li>
        {proposed && (
          <li>
            <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
              <line x1="2" y1="7" x2="38" y2="7" className="pw-edge pw-edge--live" strokeDasharray={PROPOSED_DASH} />
            </svg>
            proposed by the authors, not shown by the data (marked “proposed”; a node gets a dashed outline)
          </li>
        )}
        {inactive && (
          <li>
            <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
              <line x1="2" y1="7" x2="38" y2="7" className="pw-edge pw-edge--inactive" />
              <path d="M15,2L25,12M15,12L25,2" className="pw-inactive" stroke="var(--fg-muted)" strokeWidth="2" />
            </svg>
            tested, not active in this model
          </li>
        )}
      </ul>
      <ul className="pw-legend__list pw-legend__states">
        {STATES.map(([s, text]) => (
          <li key={s}>
            <span className={`pw-swatch pw-swatch--${s}`} aria-hidden="true" />
            {text}
          </li>
        ))}
      </ul>
      {studyTags && (
        <ul className="pw-legend__list">
          {Object.entries(studyTags).map(([id, tag]) => (
            <li key={id}>
              <span className="pw-tag" aria-hidden="true">
                {tag}
              </span>
              {id}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
