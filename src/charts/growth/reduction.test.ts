import { describe, expect, it } from 'vitest'
import * as ids from '../../test/ids'
import type { GrowthSeries } from '../../domain/schema/series'
import { GROWTH } from '../fixtures.test-data'
import { growthCsv, growthView } from './model'

// GROWTH with drug X's TGI swapped for a reported "70% smaller than vehicle" (wu2023 Fig. 4F style).
const [veh, x] = GROWTH.arms
const REDUCTION: GrowthSeries = {
  ...GROWTH,
  arms: [
    veh!,
    {
      id: x!.id,
      label: x!.label,
      agents: x!.agents,
      points: x!.points,
      reduction: { value: { value: 70, unit: '%', provenance: 'reported', source: { study: ids.study('demo2024'), locator: 'Results' } }, versus: ['veh'] },
    },
  ],
}
const opts = { relative: false, logScale: false }

describe('growth: a reported volume reduction is not drawn as a TGI', () => {
  const view = growthView(REDUCTION, ['shown', 'shown'], false, opts)
  const mark = view.arms[1]!.tgi!

  it('names its comparator, says it is not a TGI and claims no day', () => {
    expect(mark.kind).toBe('reduction')
    expect(mark.text).toBe('70 % smaller volume than Vehicle (not a TGI; day not stated)')
    expect(mark.label).toBe('70 % smaller volume')
    expect(mark.text).not.toMatch(/at day/)
  })

  it('sits on the arm’s last point, with its reported provenance', () => {
    expect(mark.day).toBe(14)
    expect(mark.v).toBe(160)
    expect(mark.provenance).toBe('reported')
  })

  it('exports as a volume reduction, with no day', () => {
    const row = growthCsv(view, 'demo2024', 'Fig. 3C', 'G').rows.find((r) => String(r[3]).endsWith('volume reduction'))
    expect(row?.slice(3, 7)).toEqual(['Drug X: volume reduction', '', '', '70 % smaller volume than Vehicle (not a TGI; day not stated)'])
  })

  it('a true TGI keeps its day and its ΔT/ΔC label', () => {
    const tgi = growthView(GROWTH, ['shown', 'shown'], false, opts).arms[1]!.tgi!
    expect([tgi.kind, tgi.text, tgi.label]).toEqual(['tgi', 'TGI 80 % at day 14', 'TGI 80 %'])
  })
})
