import { describe, expect, it } from 'vitest'
import { exponentialGrowthCurve, exponentialVolume, relativeToDay0, replicateSummary, treatedCurveForTgi, tumorGrowthInhibition } from './growth'

// Expected values worked by hand.
describe('exponential growth', () => {
  it('doubles every doubling time: 150 → 300 → 600', () => {
    expect(exponentialVolume(150, 7, 0)).toBe(150)
    expect(exponentialVolume(150, 7, 7)).toBeCloseTo(300, 10)
    expect(exponentialVolume(150, 7, 14)).toBeCloseTo(600, 10)
    // 150·2^(3/7) = 150·1.345900 = 201.885
    expect(exponentialVolume(150, 7, 3)).toBeCloseTo(201.885, 3)
  })
  it('samples 0..tMax inclusive', () => {
    const c = exponentialGrowthCurve(100, 5, 20, 4)
    expect(c.map((p) => p.t)).toEqual([0, 5, 10, 15, 20])
    expect(c[4]!.v).toBeCloseTo(1600, 10)
  })
  it('rejects non-positive start volume or doubling time', () => {
    expect(() => exponentialVolume(0, 5, 1)).toThrow(RangeError)
    expect(() => exponentialVolume(100, 0, 1)).toThrow(RangeError)
  })
})

describe('relative to day 0', () => {
  it('divides by the day-0 volume', () => {
    const rel = relativeToDay0([
      { t: 0, v: 120 },
      { t: 7, v: 180 },
      { t: 14, v: 300 },
    ])
    expect(rel.map((p) => p.v)).toEqual([1, 1.5, 2.5])
  })
  it('needs a positive day-0 point', () => {
    expect(() => relativeToDay0([{ t: 1, v: 120 }])).toThrow(RangeError)
    expect(() => relativeToDay0([{ t: 0, v: 0 }])).toThrow(RangeError)
  })
})

describe('TGI = 1 − ΔT/ΔC', () => {
  it('is 0.6 when treated grows 200 against control 500', () => {
    // ΔT = 350 − 150 = 200, ΔC = 650 − 150 = 500 → 1 − 0.4 = 0.6
    expect(tumorGrowthInhibition({ start: 150, end: 650 }, { start: 150, end: 350 })).toBeCloseTo(0.6, 12)
  })
  it('is 1 at stasis and > 1 on regression', () => {
    expect(tumorGrowthInhibition({ start: 100, end: 500 }, { start: 100, end: 100 })).toBe(1)
    // ΔT = −40 → 1 + 40/400 = 1.1
    expect(tumorGrowthInhibition({ start: 100, end: 500 }, { start: 100, end: 60 })).toBeCloseTo(1.1, 12)
  })
  it('is undefined when the control does not grow', () =>
    expect(() => tumorGrowthInhibition({ start: 100, end: 100 }, { start: 100, end: 90 })).toThrow(RangeError))
})

describe('treated curve from a reported TGI', () => {
  const control = exponentialGrowthCurve(100, 7, 28, 28) // C(21) = 100·2^3 = 800

  it('hits the reported TGI at the reported day', () => {
    // TGI 0.75 at day 21: T(21) = 100 + 0.25·700 = 275; rate = ln(2.75)/21 = 0.048172
    const { rate, curve } = treatedCurveForTgi(control, 0.75, 21)
    expect(rate).toBeCloseTo(Math.log(2.75) / 21, 12)
    expect(curve[0]).toEqual({ t: 0, v: 100 })
    expect(curve[21]!.v).toBeCloseTo(275, 9)
    expect(tumorGrowthInhibition({ start: 100, end: control[21]!.v }, { start: 100, end: curve[21]!.v })).toBeCloseTo(0.75, 12)
  })

  it('gives a shrinking curve for TGI > 1 and honours a different treated start', () => {
    // TGI 1.1 at day 14, C(14) = 400: T = 100 − 0.1·300 = 70 → rate < 0
    expect(treatedCurveForTgi(control, 1.1, 14).rate).toBeLessThan(0)
    // T0 = 120: T(14) = 120 + 0.5·300 = 270
    expect(treatedCurveForTgi(control, 0.5, 14, 120).curve[14]!.v).toBeCloseTo(270, 9)
  })

  it('interpolates the control between days', () => {
    // Control points (0, 100), (10, 300): C(5) = 200; TGI 0.5 → T(5) = 150
    const { curve } = treatedCurveForTgi(
      [
        { t: 0, v: 100 },
        { t: 10, v: 300 },
      ],
      0.5,
      5,
    )
    expect(curve[1]!.v).toBeCloseTo(100 * 1.5 ** 2, 9) // rate = ln(1.5)/5, so T(10) = 100·1.5²
  })

  it('refuses impossible TGIs and days outside the control curve', () => {
    // T(21) = 100 + (1 − 1.2)·700 = −40
    expect(() => treatedCurveForTgi(control, 1.2, 21)).toThrow(RangeError)
    expect(() => treatedCurveForTgi(control, 0.5, 40)).toThrow(RangeError)
  })
})

describe('replicate summary', () => {
  it('gives mean, sample SD and SEM', () => {
    // mean 250; deviations −50, 0, 50 → Σ² = 5000; SD = √(5000/2) = 50; SEM = 50/√3 = 28.8675
    const s = replicateSummary([200, 250, 300])
    expect(s).toMatchObject({ n: 3, mean: 250 })
    expect(s.sd).toBeCloseTo(50, 12)
    expect(s.sem).toBeCloseTo(28.867513, 6)
  })
  it('has no SD for one replicate and refuses none', () => {
    expect(replicateSummary([180])).toEqual({ n: 1, mean: 180, sd: null, sem: null })
    expect(() => replicateSummary([])).toThrow(RangeError)
  })
})
