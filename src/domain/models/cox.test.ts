import { describe, expect, it } from 'vitest'
import lungMonths from './fixtures/cox-lung-months.json'
import lungSex from './fixtures/cox-lung-sex.json'
import exactHalf from './fixtures/km-exact-half.json'
import tiesCensoring from './fixtures/km-ties-censoring.json'
import unequalArms from './fixtures/km-unequal-arms.json'
import { coxTwoGroups } from './cox'
import type { SurvivalObservation } from './kaplanMeier'

// Expected values: R 4.2.2 / survival 3.5.3 coxph(ties = "efron") via fixtures/make-fixtures.R.
// Tolerance: 1e-8 relative on coef, SE, HR and CI, 1e-7 on P (R stops Newton–Raphson at a relative
// log-likelihood change of 1e-9, so its last digits are not the exact optimum; a small P magnifies
// that in relative terms).

interface Fixture {
  name: string
  data: { time: number[]; status: number[]; group: (string | number)[] }
  coxph: { coef: number; se: number; loglik: number[]; hr: number; lower: number; upper: number; 'p.wald': number }
  survdiff: { observed: Record<string, number> }
}

const FIXTURES = [tiesCensoring, unequalArms, exactHalf, lungSex, lungMonths] as unknown as Fixture[]

function arm(fx: Fixture, g: string): SurvivalObservation[] {
  return fx.data.time.flatMap((time, i) => (String(fx.data.group[i]) === g ? [{ time, event: fx.data.status[i] as 0 | 1 }] : []))
}

function expectRel(actual: number, expected: number, rel = 1e-8): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-12))
}

describe.each(FIXTURES)('Cox (Efron) vs R coxph: $name', (fx) => {
  // R's reference level is the first factor level (sorted), and the HR is of the second level against it.
  const [g1, g2] = Object.keys(fx.survdiff.observed).sort() as [string, string]
  const res = coxTwoGroups(arm(fx, g1), arm(fx, g2))

  it('matches coef, SE and log-likelihoods', () => {
    expectRel(res.beta, fx.coxph.coef)
    expectRel(res.se, fx.coxph.se)
    expectRel(res.loglik[0], fx.coxph.loglik[0]!)
    expectRel(res.loglik[1], fx.coxph.loglik[1]!)
  })

  it('matches HR, 95 % CI and Wald P', () => {
    expectRel(res.hr, fx.coxph.hr)
    expectRel(res.lower, fx.coxph.lower)
    expectRel(res.upper, fx.coxph.upper)
    expectRel(res.p, fx.coxph['p.wald'], 1e-7)
  })

  it('swapping the groups inverts the HR and keeps P', () => {
    const swapped = coxTwoGroups(arm(fx, g2), arm(fx, g1))
    expectRel(swapped.hr, 1 / res.hr)
    expectRel(swapped.p, res.p)
  })
})

describe('Cox edge cases', () => {
  it('rejects a group without events (HR not estimable)', () => {
    const a = [
      { time: 1, event: 1 as const },
      { time: 2, event: 1 as const },
    ]
    const b = [{ time: 3, event: 0 as const }]
    expect(() => coxTwoGroups(a, b)).toThrow(/not estimable/)
  })
  it('rejects an empty group and bad times', () => {
    expect(() => coxTwoGroups([], [{ time: 1, event: 1 }])).toThrow(/both groups/)
    expect(() => coxTwoGroups([{ time: -1, event: 1 }], [{ time: 1, event: 1 }])).toThrow(/≥ 0/)
  })
  it('gives HR 1 for identical groups', () => {
    const g = [1, 2, 3, 4, 5].map((time) => ({ time, event: 1 as const }))
    const res = coxTwoGroups(g, g)
    expect(res.hr).toBeCloseTo(1, 12)
    expect(res.p).toBeCloseTo(1, 12)
  })
})
