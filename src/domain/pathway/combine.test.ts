import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Pathway } from '../schema/pathway'
import { combinePathways, mergedKey } from './combine'
import { computeOverlay, liveBypassEdges } from './overlay'
import * as ids from '../../test/ids'

const load = (id: string) => ({ id: ids.study(id), pathway: Pathway.parse(JSON.parse(readFileSync(`mock-data/${id}/pathway.json`, 'utf8'))) })
const studies = ['taniguchi2023', 'wu2023', 'mo2022', 'zhang2025'].map(load)

// Expected counts are hand-counted from the four pathway.json files.
describe('combined pathway', () => {
  const m = combinePathways(studies)

  it('draws shared symbols once: 7 + 13 + 12 + 16 nodes less 5 shared (AKT, ESR1, CCND1, CDK4/6, RB1) = 43', () => {
    expect(m.nodes).toHaveLength(43)
    const akt = m.nodes.find((n) => n.id === 'sym-akt')
    expect(akt?.studies).toEqual(['taniguchi2023', 'wu2023'])
    expect(m.nodes.find((n) => n.id === 'sym-esr1')?.label).toBe('ER')
    expect(m.nodes.find((n) => n.id === 'sym-cdk4-6')?.studies).toEqual(['wu2023', 'mo2022'])
  })

  it('nodes without a symbol stay per study', () => {
    expect(mergedKey('taniguchi2023', { id: ids.node('survival') })).toBe('taniguchi2023--survival')
    expect(m.nodes.filter((n) => n.type === 'phenotype').every((n) => n.studies.length === 1)).toBe(true)
  })

  it('CCND1 → CDK4/6 differs in type between wu (activates) and mo (binds), so both edges stay', () => {
    expect(
      m.edges
        .filter((e) => e.from === 'sym-ccnd1' && e.to === 'sym-cdk4-6')
        .map((e) => e.type)
        .sort(),
    ).toEqual(['activates', 'binds'])
  })

  it('CDK4/6 ⊣ Rb is drawn by both studies and is not bypass in either', () => {
    const e = m.edges.find((x) => x.id === 'sym-cdk4-6--inhibits--sym-rb1')
    expect(e?.studies).toEqual(['wu2023', 'mo2022'])
    expect(e?.bypass).toBe(false)
  })

  it('the overlay runs on the merged graph: lorlatinib in LR cells lights HER3 only from the taniguchi bypass', () => {
    const live = liveBypassEdges(m.edges, ['lorlatinib-resistant'], m.bypassConditions)
    expect([...live].every((id) => m.edges.find((e) => e.id === id)?.bypassStudies.includes('taniguchi2023'))).toBe(true)
    const o = computeOverlay({
      graph: m,
      targets: [{ agent: ids.agent('lorlatinib'), agentName: 'Lorlatinib', node: 'sym-alk', effect: 'down' }],
      liveBypass: live,
    })
    expect(o.nodes['sym-alk']?.state).toBe('blocked')
    expect(o.nodes['sym-erbb3']?.state).toBe('bypass')
  })
})
