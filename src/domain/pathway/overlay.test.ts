import { describe, expect, it } from 'vitest'
import { feedbackEdges, topologicalOrder, type Graph, type GraphEdge } from './graph'
import { activeTargets, agentEffect, computeOverlay, expandSymbol, liveBypassEdges, symbolMatches, type ActiveTarget } from './overlay'

// All expected values below are worked out by hand from the rules in overlay.ts, not read off the code's output.

const e = (from: string, to: string, type: GraphEdge['type'] = 'activates', bypass = false): GraphEdge => ({ id: `${from}-${to}`, from, to, type, bypass })
const n = (id: string) => ({ id, label: id.toUpperCase() })

// taniguchi2023 in miniature: ALK → PI3K → AKT → survival, ALK → ERK → survival, NRG1 → HER3 → PI3K/ERK (bypass).
const tani: Graph = {
  nodes: ['nrg1', 'alk', 'her3', 'pi3k', 'erk', 'akt', 'survival'].map(n),
  edges: [
    e('alk', 'pi3k'),
    e('alk', 'erk'),
    e('pi3k', 'akt'),
    e('akt', 'survival'),
    e('erk', 'survival'),
    e('nrg1', 'her3', 'binds', true),
    e('her3', 'pi3k', 'activates', true),
    e('her3', 'erk', 'activates', true),
  ],
}
const bypassIds = new Set(tani.edges.filter((x) => x.bypass).map((x) => x.id))
const drug = (node: string, agentName: string, effect: ActiveTarget['effect'] = 'down'): ActiveTarget => ({
  agent: agentName.toLowerCase(),
  agentName,
  node,
  effect,
})
const states = (o: ReturnType<typeof computeOverlay>) => Object.fromEntries(Object.entries(o.nodes).map(([k, v]) => [k, v.state]))

describe('overlay on the ALK / HER3 bypass', () => {
  it('no drug, sensitive cells: HER3 has only the inactive resistant route, so it is off; the rest is normal', () => {
    const o = computeOverlay({ graph: tani, targets: [], liveBypass: new Set() })
    expect(states(o)).toEqual({ nrg1: 'normal', alk: 'normal', her3: 'normal', pi3k: 'normal', erk: 'normal', akt: 'normal', survival: 'normal' })
    expect(o.nodes.her3?.on).toBe(false)
    expect(o.nodes.her3?.stateLabel).toBe('inactive')
    expect(o.nodes.her3?.explanation).toMatch(/only input \(from NRG1\) is the resistant route/)
    expect(o.edges['nrg1-her3']).toBe('latent')
    expect(o.edges['alk-pi3k']).toBe('live')
  })

  it('lorlatinib in sensitive cells: ALK blocked, everything downstream dimmed', () => {
    const o = computeOverlay({ graph: tani, targets: [drug('alk', 'Lorlatinib')], liveBypass: new Set() })
    expect(states(o)).toEqual({ nrg1: 'normal', alk: 'blocked', her3: 'normal', pi3k: 'dimmed', erk: 'dimmed', akt: 'dimmed', survival: 'dimmed' })
    expect(o.nodes.alk?.explanation).toBe('Lorlatinib acts on ALK and switches it off; what it feeds loses this input.')
    expect(o.nodes.pi3k?.explanation).toBe('Its inputs are off: ALK.')
    expect(o.edges['alk-pi3k']).toBe('off')
  })

  it('lorlatinib in resistant cells: the NRG1 → HER3 route keeps PI3K, ERK, AKT and survival on', () => {
    const o = computeOverlay({ graph: tani, targets: [drug('alk', 'Lorlatinib')], liveBypass: bypassIds })
    expect(states(o)).toEqual({ nrg1: 'bypass', alk: 'blocked', her3: 'bypass', pi3k: 'bypass', erk: 'bypass', akt: 'bypass', survival: 'bypass' })
    expect(o.nodes.pi3k?.explanation).toBe('Kept on by the resistant route through HER3, although its usual input ALK is off.')
    expect(o.nodes.nrg1?.explanation).toMatch(/Feeds the resistant route \(to HER3\)/)
    expect(o.edges['her3-pi3k']).toBe('bypass')
  })

  it('adding a pan-HER inhibitor blocks the bypass: downstream dims again, NRG1 is back to normal', () => {
    const o = computeOverlay({ graph: tani, targets: [drug('alk', 'Lorlatinib'), drug('her3', 'Pan-HER')], liveBypass: bypassIds })
    expect(states(o)).toEqual({ nrg1: 'normal', alk: 'blocked', her3: 'blocked', pi3k: 'dimmed', erk: 'dimmed', akt: 'dimmed', survival: 'dimmed' })
    expect(o.nodes.her3?.explanation).toMatch(/resistant route from NRG1 still reaches it/)
    expect(o.nodes.pi3k?.explanation).toBe('Its inputs are off: ALK and HER3.')
  })

  it('resistant cells without a drug: HER3 is on only through the route; PI3K stays normal (ALK still feeds it)', () => {
    const o = computeOverlay({ graph: tani, targets: [], liveBypass: bypassIds })
    expect(o.nodes.her3?.state).toBe('bypass')
    expect(o.nodes.nrg1?.state).toBe('bypass')
    expect(o.nodes.pi3k?.state).toBe('normal')
  })
})

describe('inhibits edges invert', () => {
  // mo2022 in miniature: CDK4/6 ⊣ Rb ⊣ E2F → G1/S; S6K1 → CDK2 ⊣ Rb is the bypass.
  const mo: Graph = {
    nodes: ['cdk46', 's6k1', 'cdk2', 'rb', 'e2f', 'g1s'].map(n),
    edges: [e('cdk46', 'rb', 'inhibits'), e('s6k1', 'cdk2', 'activates', true), e('cdk2', 'rb', 'inhibits', true), e('rb', 'e2f', 'inhibits'), e('e2f', 'g1s')],
  }
  const live = new Set(['s6k1-cdk2', 'cdk2-rb'])

  it('palbociclib without amplification: Rb is released (raised), E2F and G1/S dim', () => {
    const o = computeOverlay({ graph: mo, targets: [drug('cdk46', 'Palbociclib')], liveBypass: new Set() })
    // Rb: its only live inhibitor CDK4/6 is off → on; E2F: held down by Rb → off; G1/S: input E2F off → off.
    expect(states(o)).toEqual({ cdk46: 'blocked', s6k1: 'normal', cdk2: 'normal', rb: 'raised', e2f: 'dimmed', g1s: 'dimmed' })
    expect(o.nodes.rb?.explanation).toBe('On because CDK46, which normally holds it down, is off now.')
    expect(o.nodes.e2f?.explanation).toBe('Held down by RB, which is on now.')
  })

  it('palbociclib with S6K1 amplification: CDK2 keeps Rb off, so E2F and G1/S stay on via the bypass', () => {
    const o = computeOverlay({ graph: mo, targets: [drug('cdk46', 'Palbociclib')], liveBypass: live })
    // Without the route Rb would be on (CDK4/6 blocked) and E2F off; with it Rb is off and E2F on.
    expect(states(o)).toEqual({ cdk46: 'blocked', s6k1: 'bypass', cdk2: 'bypass', rb: 'bypass', e2f: 'bypass', g1s: 'bypass' })
    expect(o.nodes.rb?.on).toBe(false)
    expect(o.nodes.rb?.stateLabel).toBe('held off via bypass')
    expect(o.nodes.g1s?.stateLabel).toBe('active via bypass')
  })
})

describe('cycles', () => {
  // ROS → NRF2 → GSH ⊣ ROS, with HER2 ⊣ ROS; DFS from HER2 (the only root) meets ROS again from GSH.
  const loop: Graph = {
    nodes: ['her2', 'ros', 'nrf2', 'gsh'].map(n),
    edges: [e('her2', 'ros', 'inhibits'), e('ros', 'nrf2', 'activates', true), e('nrf2', 'gsh', 'transcribes', true), e('gsh', 'ros', 'inhibits', true)],
  }

  it('finds the loop-closing edge and orders the rest', () => {
    expect([...feedbackEdges(loop)]).toEqual(['gsh-ros'])
    expect(topologicalOrder(loop, new Set(['gsh-ros']))).toEqual(['her2', 'ros', 'nrf2', 'gsh'])
  })

  it('a pure cycle with no root still terminates; the edge back to the first node is feedback', () => {
    const ring: Graph = { nodes: ['a', 'b', 'c'].map(n), edges: [e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'c')] }
    expect([...feedbackEdges(ring)].sort()).toEqual(['c-a', 'c-c'])
    const o = computeOverlay({ graph: ring, targets: [drug('a', 'X')], liveBypass: new Set() })
    // c's only followed input is b: b is off with the drug and on without it, so c dims as well.
    expect(states(o)).toEqual({ a: 'blocked', b: 'dimmed', c: 'dimmed' })
  })

  it('lapatinib in persisters: ROS raised, NRF2 and GSH on via the bypass, the feedback edge noted', () => {
    const o = computeOverlay({ graph: loop, targets: [drug('her2', 'Lapatinib')], liveBypass: new Set(['ros-nrf2', 'nrf2-gsh', 'gsh-ros']) })
    expect(states(o)).toEqual({ her2: 'blocked', ros: 'raised', nrf2: 'bypass', gsh: 'bypass' })
    expect(o.edges['gsh-ros']).toBe('feedback')
    expect(o.nodes.ros?.explanation).toMatch(/feedback link from GSH closes a loop/)
  })
})

describe('agent effects', () => {
  it('expands shared-stem symbols and prefix-matches', () => {
    expect(expandSymbol('CDK4/6')).toEqual(['CDK4', 'CDK6'])
    expect(symbolMatches('CXCR1/2', ['CXCR2'])).toBe(true)
    expect(symbolMatches('GCL', ['GCLM'])).toBe(true)
    expect(symbolMatches('LIPID-PEROX', ['lipid peroxides'])).toBe(true)
    expect(symbolMatches('ERBB3', ['ERBB2'])).toBe(false)
  })

  it('reads the direction from the catalogue; a target outside the agent list is indirect', () => {
    expect(agentEffect({ action: 'inhibits', targets: ['ALK'] }, 'ALK')).toBe('down')
    expect(agentEffect({ action: 'knocks-down', targets: ['ERBB3'] }, 'ERBB3')).toBe('down')
    expect(agentEffect({ action: 'overexpresses', targets: ['NFE2L2'] }, 'NFE2L2')).toBe('up')
    expect(agentEffect({ action: 'inhibits', targets: ['GSK3A', 'GSK3B'] }, 'CTNNB1')).toBe('indirect')
    expect(agentEffect({ action: 'inhibits', targets: ['ALK'] }, undefined)).toBe('down')
  })

  it('keeps only switched-on agents and explains indirect ones', () => {
    const cat = new Map([
      ['chir', { name: 'CHIR99021', action: 'inhibits' as const, targets: ['GSK3A', 'GSK3B'] }],
      ['oe', { name: 'NRF2 OE', action: 'overexpresses' as const, targets: ['NFE2L2'] }],
    ])
    const t = activeTargets(
      [
        { agent: 'chir', node: 'ctnnb1' },
        { agent: 'oe', node: 'nrf2' },
      ],
      [
        { id: 'ctnnb1', symbol: 'CTNNB1' },
        { id: 'nrf2', symbol: 'NFE2L2' },
      ],
      cat,
      ['chir', 'oe'],
    )
    expect(t.map((x) => x.effect)).toEqual(['indirect', 'up'])
    const o = computeOverlay({
      graph: { nodes: [n('ctnnb1'), n('nrf2'), n('gcl')], edges: [e('nrf2', 'gcl', 'transcribes', true)] },
      targets: t,
      liveBypass: new Set(),
    })
    expect(o.nodes.ctnnb1?.state).toBe('targeted')
    expect(o.nodes.ctnnb1?.explanation).toMatch(/indirectly \(its own targets are GSK3A and GSK3B\)/)
    expect(o.nodes.nrf2?.state).toBe('targeted')
    expect(o.nodes.nrf2?.on).toBe(true)
  })

  it('live bypass edges follow the study of each edge', () => {
    const edges = [{ ...e('a', 'b', 'activates', true), bypassStudies: ['s1'] }, { ...e('c', 'd', 'activates', true), bypassStudies: ['s2'] }, e('x', 'y')]
    expect([...liveBypassEdges(edges, ['resistant'], { s1: ['resistant'], s2: ['persister'] })]).toEqual(['a-b'])
    expect([...liveBypassEdges([e('a', 'b', 'binds', true)], ['lr'], { t: ['lr'] }, 't')]).toEqual(['a-b'])
  })
})

// wu2023 in miniature: IL8 → CXCR1/2 → AKT → ERα (bypass) and estrogen → ERα → proliferation.
describe('a drug the bypass escapes (tamoxifen on ERα in TamR cells)', () => {
  const wu: Graph = {
    nodes: ['e2', 'il8', 'cxcr', 'akt', 'era', 'prolif'].map(n),
    edges: [e('e2', 'era'), e('era', 'prolif'), e('il8', 'cxcr', 'binds', true), e('cxcr', 'akt', 'activates', true), e('akt', 'era', 'activates', true)],
  }
  const live = new Set(wu.edges.filter((x) => x.bypass).map((x) => x.id))
  const tam = { ...drug('era', 'Tamoxifen'), escapedByBypass: true }

  it('sensitive cells (route not live): tamoxifen blocks ERα and proliferation dims', () => {
    const o = computeOverlay({ graph: wu, targets: [tam], liveBypass: new Set() })
    expect([o.nodes.era!.state, o.nodes.prolif!.state]).toEqual(['blocked', 'dimmed'])
  })

  it('TamR cells: ERα stays active via the bypass despite tamoxifen, so proliferation stays on', () => {
    const o = computeOverlay({ graph: wu, targets: [tam], liveBypass: live })
    expect(o.nodes.era!.stateLabel).toBe('active via bypass')
    expect(o.nodes.era!.explanation).toMatch(/^Tamoxifen acts on ERA, but the resistant route through AKT keeps it active anyway/)
    expect(o.nodes.prolif!.on).toBe(true)
  })

  it('adding repertaxin on CXCR1/2 cuts the route: tamoxifen blocks ERα again', () => {
    const o = computeOverlay({ graph: wu, targets: [tam, drug('cxcr', 'Repertaxin')], liveBypass: live })
    expect([o.nodes.cxcr!.state, o.nodes.akt!.state, o.nodes.era!.state, o.nodes.prolif!.state]).toEqual(['blocked', 'dimmed', 'blocked', 'dimmed'])
  })
})

// mo2022's escape in miniature: mTORC1 → S6K1 (required) and AMP → S6K1 both feed the route to CDK2 ⊣ Rb.
describe('a required input (S6K1 needs mTORC1 even when amplified)', () => {
  const req = (from: string, to: string): GraphEdge => ({ ...e(from, to, 'activates', true), required: true })
  const mo: Graph = {
    nodes: ['mtor', 'amp', 'cdk46', 's6k1', 'cdk2', 'rb', 'g1s'].map(n),
    edges: [
      req('mtor', 's6k1'),
      e('amp', 's6k1', 'activates', true),
      e('s6k1', 'cdk2', 'activates', true),
      e('cdk2', 'rb', 'inhibits', true),
      e('cdk46', 'rb', 'inhibits'),
      e('rb', 'g1s', 'inhibits'),
    ],
  }
  const live = new Set(mo.edges.filter((x) => x.bypass).map((x) => x.id))
  const palbo = drug('cdk46', 'Palbociclib')

  it('amplified cells on palbociclib: S6K1 is on through both inputs, so G1/S stays on', () => {
    const o = computeOverlay({ graph: mo, targets: [palbo], liveBypass: live })
    expect([o.nodes.s6k1!.on, o.nodes.rb!.on, o.nodes.g1s!.on]).toEqual([true, false, true])
  })

  it('adding an mTOR inhibitor switches S6K1 off although the amplification still feeds it; G1/S dims', () => {
    const o = computeOverlay({ graph: mo, targets: [palbo, drug('mtor', 'Everolimus')], liveBypass: live })
    // S6K1: required input mTORC1 off → off; CDK2 off; Rb: both inhibitors off → on (raised); G1/S held down.
    expect(states(o)).toMatchObject({ mtor: 'blocked', s6k1: 'dimmed', cdk2: 'dimmed', rb: 'raised', g1s: 'dimmed' })
    expect(o.nodes.s6k1!.explanation).toBe('It cannot act without MTOR, which is off now, although AMP still feeds it.')
  })

  it('over-expressed S6K1 (an "up" agent) still needs mTORC1: rapamycin switches it off', () => {
    const oe = drug('s6k1', 'S6K1 OE', 'up')
    expect(computeOverlay({ graph: mo, targets: [palbo, oe], liveBypass: live }).nodes.g1s!.on).toBe(true)
    const o = computeOverlay({ graph: mo, targets: [palbo, oe, drug('mtor', 'Rapamycin')], liveBypass: live })
    expect([o.nodes.s6k1!.state, o.nodes.s6k1!.on, o.nodes.g1s!.on]).toEqual(['targeted', false, false])
    expect(o.nodes.s6k1!.explanation).toBe('S6K1 OE raises S6K1, but it cannot act without MTOR, which is off now.')
  })

  it('in sensitive cells the required edge is a latent route and gates nothing', () => {
    const o = computeOverlay({ graph: mo, targets: [], liveBypass: new Set() })
    expect(o.edges['mtor-s6k1']).toBe('latent')
    expect([o.nodes.mtor!.on, o.nodes.s6k1!.on, o.nodes.g1s!.on]).toEqual([true, false, true])
  })
})
