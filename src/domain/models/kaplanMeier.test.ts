import { describe, expect, it } from 'vitest'
import exactHalf from './fixtures/km-exact-half.json'
import tiesCensoring from './fixtures/km-ties-censoring.json'
import unequalArms from './fixtures/km-unequal-arms.json'
import { kaplanMeier, numberAtRisk, type SurvivalObservation } from './kaplanMeier'
import { medianFromCurve, survivalAt } from './survivalCurve'

// Expected values in the fixture-driven blocks come from R 4.2.2 / survival 3.5.3 via
// fixtures/make-fixtures.R (survfit, summary(times =), survdiff). Tests never run R.

type Nullable = readonly (number | null)[]

function expectClose(actual: Nullable, expected: Nullable, digits = 12): void {
  expect(actual.length).toBe(expected.length)
  actual.forEach((a, i) => {
    const e = expected[i]
    if (e === null || e === undefined) expect(a, `index ${i}`).toBeNull()
    else {
      expect(a, `index ${i}`).not.toBeNull()
      expect(a!, `index ${i}`).toBeCloseTo(e, digits)
    }
  })
}

const FIXTURES = [tiesCensoring, unequalArms, exactHalf]

function armData(fx: (typeof FIXTURES)[number], arm: string): SurvivalObservation[] {
  return fx.data.time
    .map((time, i) => ({ time, event: fx.data.status[i] === 1, group: fx.data.group[i] }))
    .filter((o) => o.group === arm)
    .map(({ time, event }) => ({ time, event }))
}

describe.each(FIXTURES.flatMap((fx) => Object.keys(fx.groups).map((arm) => [fx.name, arm, fx] as const)))(
  'Kaplan–Meier vs R survfit: %s, arm %s',
  (_name, arm, fx) => {
    const r = (fx.groups as Record<string, (typeof tiesCensoring.groups)['A']>)[arm]!
    const data = armData(fx, arm)
    const fit = kaplanMeier(data)

    it('has the same times, numbers at risk, events and censorings', () => {
      expect(fit.steps.map((s) => s.t)).toEqual(r.survfit.time)
      expect(fit.steps.map((s) => s.nRisk)).toEqual(r.survfit['n.risk'])
      expect(fit.steps.map((s) => s.nEvent)).toEqual(r.survfit['n.event'])
      expect(fit.steps.map((s) => s.nCensor)).toEqual(r.survfit['n.censor'])
    })

    it('has the same survival and Greenwood SE of log S', () => {
      expectClose(
        fit.steps.map((s) => s.s),
        r.survfit.surv,
      )
      expectClose(
        fit.steps.map((s) => s.seLogS),
        r.survfit['std.err'],
      )
    })

    it('has the same 95% CI on the log scale (R default conf.type = "log")', () => {
      expect(fit.confType).toBe(r.survfit['conf.type'])
      expectClose(
        fit.steps.map((s) => s.lower),
        r.survfit.lower,
      )
      expectClose(
        fit.steps.map((s) => s.upper),
        r.survfit.upper,
      )
    })

    it('has the same log-log and plain CIs', () => {
      const ll = kaplanMeier(data, 'log-log')
      expectClose(
        ll.steps.map((s) => s.lower),
        r['ci.loglog'].lower,
      )
      expectClose(
        ll.steps.map((s) => s.upper),
        r['ci.loglog'].upper,
      )
      const plain = kaplanMeier(data, 'plain')
      expectClose(
        plain.steps.map((s) => s.lower),
        r['ci.plain'].lower,
      )
      expectClose(
        plain.steps.map((s) => s.upper),
        r['ci.plain'].upper,
      )
    })

    it('reads landmark survival and numbers at risk like summary(fit, times =)', () => {
      expectClose(
        r.landmarks.times.map((t) => survivalAt(fit.curve, 'step', t)),
        r.landmarks.surv,
      )
      expect(numberAtRisk(data, r.landmarks.times)).toEqual(r.landmarks['n.risk'])
    })

    it("reads R's median with plateau = 'midpoint'", () => {
      const median = medianFromCurve(fit.curve, 'step', { plateau: 'midpoint' })
      if (r.median === null) expect(median).toBeNull()
      else expect(median).toBeCloseTo(r.median, 12)
    })
  },
)

describe('Kaplan–Meier details (by hand)', () => {
  const fit = kaplanMeier(armData(tiesCensoring, 'A'))

  it('starts the step curve at (0, 1) and marks censorings on it', () => {
    expect(fit.curve[0]).toEqual({ t: 0, s: 1 })
    expect(fit.curve).toHaveLength(fit.steps.length + 1)
    // Arm A censors at 3, 4, 8, 11; S there is 0.75, 0.65625, 0.4375, 0.291667 (R survfit).
    expect(fit.censorMarks.map((m) => m.t)).toEqual([3, 4, 8, 11])
    expect(fit.censorMarks[1]!.s).toBeCloseTo(0.65625, 12)
  })

  it('counts a censoring tied with an event as at risk at that time', () => {
    // At t = 4 arm A has 8 at risk (one event, one censored): S = 0.75 × 7/8 = 0.65625.
    const step = fit.steps.find((s) => s.t === 4)!
    expect(step).toMatchObject({ nRisk: 8, nEvent: 1, nCensor: 1 })
    expect(step.s).toBeCloseTo(0.65625, 12)
  })

  it('gives the SE of S as S × SE(log S); both undefined once S = 0', () => {
    // t = 2: Greenwood Σ = 1/(12·11) + 2/(11·9) = 0.0277778; sqrt = 0.1666667; × 0.75 = 0.125.
    const step = fit.steps.find((s) => s.t === 2)!
    expect(step.seLogS).toBeCloseTo(1 / 6, 12)
    expect(step.se).toBeCloseTo(0.125, 12)
    const last = fit.steps.at(-1)!
    expect(last.s).toBe(0)
    expect(last).toMatchObject({ seLogS: null, se: null, lower: null, upper: null })
  })

  it('uses first-time S ≤ 0.5 for the median by default (R uses the plateau midpoint)', () => {
    // Arm a of km-exact-half: S = 0.5 on [2, 3); first time ≤ 0.5 is 2, R reports 2.5.
    const a = kaplanMeier(armData(exactHalf, 'a'))
    expect(medianFromCurve(a.curve, 'step')).toBe(2)
    expect(medianFromCurve(a.curve, 'step', { plateau: 'midpoint' })).toBe(2.5)
  })

  it('accepts 0/1 events and does not reorder the caller’s array', () => {
    const data: SurvivalObservation[] = [
      { time: 3, event: 1 },
      { time: 1, event: 0 },
      { time: 2, event: 1 },
    ]
    const copy = structuredClone(data)
    // 3 at risk: censored at 1 → 2 at risk; event at 2 → S = 1/2; event at 3 → S = 0.
    expect(kaplanMeier(data).steps.map((s) => s.s)).toEqual([1, 0.5, 0])
    expect(data).toEqual(copy)
  })

  it('rejects empty data and negative or non-finite times', () => {
    expect(() => kaplanMeier([])).toThrow(RangeError)
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError)
    expect(() => kaplanMeier([{ time: NaN, event: true }])).toThrow(RangeError)
  })
})
