import { describe, expect, it } from 'vitest'
import { compareKey, parseCompareKey, sameKey, withKey } from './compare'
import { comparePanels, type Picked } from './series'
import type { Datum, Quantity } from './schema/provenance'
import { DoseResponseSeries, GrowthSeries, SurvivalSeries } from './schema/series'
import * as ids from '../test/ids'

const src = (study: string) => ({ study: ids.study(study), locator: 'Fig. 1' })
const q = (value: number, unit: string, study = 'a2020'): Quantity => ({ value, unit, provenance: 'reported', source: src(study) })
const d = (x: number, y: number, study = 'a2020'): Datum => ({ x, y, provenance: 'illustrative', source: src(study) })

const doseNm = DoseResponseSeries.parse({
  id: 'dr',
  title: 'Lorlatinib in nM',
  source: src('a2020'),
  kind: 'dose-response',
  agent: ids.agent('lor'),
  doseUnit: 'nM',
  response: 'viability',
  curves: [{ id: 'c1', label: 'H3122', agents: ids.agents('lor'), ic50: q(20, 'nM'), points: [d(10, 80), d(1000, 5)] }],
})
const doseUm = DoseResponseSeries.parse({
  id: 'dr2',
  title: 'Palbociclib in µM',
  source: src('b2021'),
  kind: 'dose-response',
  agent: ids.agent('pal'),
  doseUnit: 'µM',
  response: 'viability',
  curves: [{ id: 'm', label: 'MCF-7', agents: ids.agents('pal'), ic50: q(3, 'µM', 'b2021') }],
})
const growth = GrowthSeries.parse({
  id: 'gr',
  title: 'Xenograft',
  source: src('a2020'),
  kind: 'growth',
  measure: 'volume',
  unit: 'mm³',
  arms: [{ id: 'veh', label: 'Vehicle', agents: [], points: [d(0, 200), d(14, 800)], tgi: q(50, '%'), reduction: { value: q(70, '%'), versus: ['veh'] } }],
})
const weeks = SurvivalSeries.parse({
  id: 'os',
  title: 'Overall survival',
  source: src('b2021'),
  kind: 'survival',
  endpoint: 'OS',
  timeUnit: 'weeks',
  arms: [{ id: 'hi', label: 'High', agents: [], median: q(52.1775, 'weeks', 'b2021') }],
})
const pick = (study: string, series: Picked['series'], group: string): Picked => ({
  key: `${study}:${series.id}:${group}`,
  study: ids.study(study),
  series,
  group,
})

describe('compare keys', () => {
  it('round-trips study:series:group and rejects anything else', () => {
    expect(parseCompareKey('mo2022:pfs-s6k1:high')).toEqual({ study: ids.study('mo2022'), series: ids.series('pfs-s6k1'), group: 'high' })
    expect(compareKey({ study: ids.study('mo2022'), series: ids.series('pfs-s6k1'), group: 'high' })).toBe('mo2022:pfs-s6k1:high')
    expect(parseCompareKey('mo2022:pfs')).toBeUndefined()
    expect(parseCompareKey('a:b:c:d')).toBeUndefined()
  })
})

describe('compare picks as objects', () => {
  const a = { study: ids.study('mo2022'), series: ids.series('pfs-s6k1'), group: 'high' }
  it('are equal by their three ids, and added once', () => {
    expect(sameKey(a, { ...a })).toBe(true)
    expect(sameKey(a, { ...a, group: 'low' })).toBe(false)
    expect(withKey([a], { ...a })).toEqual([a])
    expect(withKey([a], { ...a, group: 'low' })).toEqual([a, { ...a, group: 'low' }])
  })
})

describe('comparePanels: one figure per kind on shared axes', () => {
  const panels = comparePanels([pick('a2020', doseNm, 'c1'), pick('b2021', doseUm, 'm'), pick('a2020', growth, 'veh'), pick('b2021', weeks, 'hi')])

  it('puts both dose curves in µM: 20 nM → 0.02 µM, points 10 and 1000 nM → 0.01 and 1 µM (by hand)', () => {
    const dose = panels[0]!.series as DoseResponseSeries
    expect(dose.doseUnit).toBe('µM')
    expect(dose.agent).toBe('dose') // two different drugs: the axis is not named after one of them
    expect(dose.curves.map((c) => c.label)).toEqual(['a2020 · H3122', 'b2021 · MCF-7'])
    expect(dose.curves[0]!.ic50?.value).toBeCloseTo(0.02, 10)
    expect(dose.curves[0]!.points?.map((p) => p.x)).toEqual([0.01, 1])
    expect(dose.curves[0]!.points?.[0]?.provenance).toBe('illustrative') // provenance travels with the value
    expect(dose.curves[1]!.ic50?.value).toBe(3)
    expect(panels[0]!.keys).toEqual(['a2020:dr:c1', 'b2021:dr2:m'])
  })

  it('divides growth by the first measurement: 200 → 1, 800 → 4 (by hand), and drops the TGI and the volume reduction', () => {
    const g = panels[1]!.series as GrowthSeries
    expect(g.measure).toBe('relative-volume')
    expect(g.arms[0]!.points.map((p) => p.y)).toEqual([1, 4])
    expect(g.arms[0]!.tgi).toBeUndefined()
    expect(g.arms[0]!.reduction).toBeUndefined()
  })

  it('converts survival to months: a 52.1775-week median is 12 months (by hand)', () => {
    const s = panels[2]!.series as SurvivalSeries
    expect(s.timeUnit).toBe('months')
    expect(s.arms[0]!.median?.value).toBeCloseTo(12, 10)
    expect(s.arms[0]!.median?.provenance).toBe('reported')
  })

  it('names every source in the merged caption', () => {
    expect(panels[0]!.series.source.locator).toBe('a2020 Fig. 1; b2021 Fig. 1')
  })
})
