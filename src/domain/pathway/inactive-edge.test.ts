import { describe, expect, it } from 'vitest'
import type { Graph, GraphEdge } from './graph'
import { computeOverlay, type ActiveTarget } from './overlay'

// zhang2025 in miniature: GSK-3β ⊣ NRF2 (tested, not active in OE19) and NRF2 → GSH. Expected states worked out by hand.
const nodes = ['gsk3b', 'nrf2', 'gsh'].map((id) => ({ id, label: id.toUpperCase() }))
const gsk: GraphEdge = { id: 'gsk3b-nrf2', from: 'gsk3b', to: 'nrf2', type: 'inhibits', bypass: false }
const nrfGsh: GraphEdge = { id: 'nrf2-gsh', from: 'nrf2', to: 'gsh', type: 'activates', bypass: false }
const withInactive: Graph = { nodes, edges: [{ ...gsk, inactive: true }, nrfGsh] }
const asIfActive: Graph = { nodes, edges: [gsk, nrfGsh] }
const gsk3Inhibitor: ActiveTarget = { agent: 'gsk3-inhibitor', agentName: 'GSK-3 inhibitor', node: 'gsk3b', effect: 'down' }

describe('an edge not active in the model carries no signal', () => {
  it('GSK-3β being on does not hold NRF2 down, and the edge is drawn as inactive', () => {
    const o = computeOverlay({ graph: withInactive, targets: [], liveBypass: new Set() })
    expect([o.nodes.nrf2?.on, o.nodes.gsh?.on]).toEqual([true, true])
    expect(o.edges['gsk3b-nrf2']).toBe('inactive')
    expect(o.edges['nrf2-gsh']).toBe('live')
  })

  it('the same graph with the edge active would hold NRF2 off (the control for the test above)', () => {
    const o = computeOverlay({ graph: asIfActive, targets: [], liveBypass: new Set() })
    expect([o.nodes.nrf2?.on, o.nodes.gsh?.on]).toEqual([false, false])
  })

  it('inhibiting GSK-3 leaves NRF2 as it was instead of raising it', () => {
    const o = computeOverlay({ graph: withInactive, targets: [gsk3Inhibitor], liveBypass: new Set() })
    expect(o.nodes.gsk3b?.state).toBe('blocked')
    expect([o.nodes.nrf2?.state, o.nodes.nrf2?.on]).toEqual(['normal', true])
    expect(computeOverlay({ graph: asIfActive, targets: [gsk3Inhibitor], liveBypass: new Set() }).nodes.nrf2?.state).toBe('raised')
  })
})
