import { describe, expect, it } from 'vitest'
import lungMonths from './fixtures/cox-lung-months.json'
import lungSex from './fixtures/cox-lung-sex.json'
import exactHalf from './fixtures/km-exact-half.json'
import tiesCensoring from './fixtures/km-ties-censoring.json'
import unequalArms from './fixtures/km-unequal-arms.json'
import type { SurvivalObservation } from './kaplanMeier'
import { logRankTest } from './logRank'

// Expected chi-square, p, observed and expected from R survdiff via fixtures/make-fixtures.R.

function arm(fx: typeof tiesCensoring | typeof unequalArms | typeof exactHalf | typeof lungSex, g: string): SurvivalObservation[] {
  return fx.data.time.flatMap((time, i) => (fx.data.group[i] === g ? [{ time, event: fx.data.status[i] as 0 | 1 }] : []))
}

describe.each([tiesCensoring, unequalArms, exactHalf, lungSex, lungMonths])('log-rank vs R survdiff: $name', (fx) => {
  const [g1, g2] = Object.keys(fx.survdiff.observed) as [string, string]
  const r = fx.survdiff
  const res = logRankTest(arm(fx, g1), arm(fx, g2))

  it('matches chi-square and p', () => {
    expect(res.chiSquare).toBeCloseTo(r.chisq, 12)
    expect(res.p).toBeCloseTo(r.p, 12)
    expect(res.df).toBe(1)
  })

  it('matches observed and expected events', () => {
    const obs = r.observed as Record<string, number>
    const exp = r.expected as Record<string, number>
    expect(res.observed).toEqual([obs[g1], obs[g2]])
    expect(res.expected[0]).toBeCloseTo(exp[g1]!, 12)
    expect(res.expected[1]).toBeCloseTo(exp[g2]!, 12)
  })

  it('is symmetric in the order of the groups', () => {
    const swapped = logRankTest(arm(fx, g2), arm(fx, g1))
    expect(swapped.chiSquare).toBeCloseTo(res.chiSquare, 12)
    expect(swapped.p).toBeCloseTo(res.p, 12)
  })
})

describe('log-rank edge cases (by hand)', () => {
  it('gives χ² = 0, p = 1 for identical groups', () => {
    const g: SurvivalObservation[] = [
      { time: 1, event: true },
      { time: 2, event: false },
      { time: 3, event: true },
    ]
    const res = logRankTest(g, g)
    expect(res.chiSquare).toBeCloseTo(0, 14)
    expect(res.p).toBeCloseTo(1, 14)
  })
  it('refuses an empty group', () => expect(() => logRankTest([], [{ time: 1, event: true }])).toThrow(RangeError))
})
