import type { GraphEdge } from '../domain/pathway/graph'
import type { Overlay } from '../domain/pathway/overlay'
import type { DiagramNode } from './PathwayDiagram'
import { EDGE_STYLE, NODE_STYLE } from './style'

/** Props of PathwayList: the same data as the diagram. */
export interface PathwayListProps {
  nodes: readonly DiagramNode[]
  edges: readonly GraphEdge[]
  overlay: Overlay
  onSelect?: (id: string) => void
  /** Accessible caption prefix, e.g. the study id. */
  title: string
}

const EDGE_WORDS = {
  live: 'carrying signal',
  off: 'no signal (source off)',
  latent: 'resistant route, not active',
  bypass: 'resistant route, active',
  feedback: 'feedback loop (drawn, not followed)',
  inactive: 'not active in this model (tested by the study)',
}

/** Nodes and edges as two tables: the screen-reader and keyboard mirror of the diagram. */
export function PathwayList({ nodes, edges, overlay, onSelect, title }: PathwayListProps) {
  const label = new Map(nodes.map((n) => [n.id, n.label]))
  const combined = nodes.some((n) => n.studies)
  return (
    <div className="pw-list">
      <div className="table-scroll" role="region" aria-label={`${title}: nodes, scrollable`} tabIndex={0}>
        <table>
          <caption>{title}: nodes and their state under the current toggles</caption>
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col">Kind</th>
              <th scope="col">State</th>
              <th scope="col">Why</th>
              {combined && <th scope="col">Studies</th>}
            </tr>
          </thead>
          <tbody>
            {nodes.map((n) => {
              const o = overlay.nodes[n.id]
              return (
                <tr key={n.id}>
                  <th scope="row">
                    {onSelect ? (
                      <button type="button" className="pw-linkish" onClick={() => onSelect(n.id)}>
                        {n.label}
                      </button>
                    ) : (
                      n.label
                    )}
                  </th>
                  <td>{NODE_STYLE[n.type].label}</td>
                  <td>
                    {o?.stateLabel}
                    {n.support === 'proposed' ? ', proposed by the authors' : ''}
                  </td>
                  <td>{o?.explanation}</td>
                  {combined && <td>{n.studies?.join(', ')}</td>}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" role="region" aria-label={`${title}: edges, scrollable`} tabIndex={0}>
        <table>
          <caption>{title}: edges</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Link</th>
              <th scope="col">To</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={e.id}>
                <td>{label.get(e.from) ?? e.from}</td>
                <td>
                  <span aria-hidden="true">{EDGE_STYLE[e.type].glyph} </span>
                  {EDGE_STYLE[e.type].label}
                  {e.bypass ? ' (resistant route)' : ''}
                  {e.support === 'proposed' ? ' (proposed by the authors, not shown)' : ''}
                </td>
                <td>{label.get(e.to) ?? e.to}</td>
                <td>{EDGE_WORDS[overlay.edges[e.id] ?? 'live']}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
