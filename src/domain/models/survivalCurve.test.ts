import { describe, expect, it } from 'vitest'
import { exponentialCurve } from './survival'
import { medianFromCurve, survivalAt, timeAtSurvival, type SurvivalPoint } from './survivalCurve'

// Expected values worked by hand.
const STEPS: SurvivalPoint[] = [
  { t: 0, s: 1 },
  { t: 2, s: 0.8 },
  { t: 5, s: 0.6 },
  { t: 7, s: 0.4 },
  { t: 10, s: 0.4 },
]
const SMOOTH: SurvivalPoint[] = [
  { t: 0, s: 1 },
  { t: 6, s: 0.7 },
  { t: 12, s: 0.3 },
  { t: 18, s: 0.2 },
]

describe('landmark survival off a curve', () => {
  it('holds the last step at or before t (right-continuous)', () => {
    expect(survivalAt(STEPS, 'step', 0)).toBe(1)
    expect(survivalAt(STEPS, 'step', 1.99)).toBe(1)
    expect(survivalAt(STEPS, 'step', 2)).toBe(0.8)
    expect(survivalAt(STEPS, 'step', 6)).toBe(0.6)
    expect(survivalAt(STEPS, 'step', 10)).toBe(0.4)
  })

  it('interpolates linearly between smooth points', () => {
    // t = 9: 0.7 + (3/6)(0.3 − 0.7) = 0.5; t = 15: 0.3 + (3/6)(0.2 − 0.3) = 0.25.
    expect(survivalAt(SMOOTH, 'smooth', 9)).toBeCloseTo(0.5, 12)
    expect(survivalAt(SMOOTH, 'smooth', 15)).toBeCloseTo(0.25, 12)
    expect(survivalAt(SMOOTH, 'smooth', 18)).toBe(0.2)
  })

  it('takes the lower value at a vertical drop (two points at one time)', () => {
    const drop: SurvivalPoint[] = [
      { t: 0, s: 1 },
      { t: 3, s: 1 },
      { t: 3, s: 0.5 },
      { t: 6, s: 0.5 },
    ]
    expect(survivalAt(drop, 'smooth', 3)).toBe(0.5)
    expect(survivalAt(drop, 'step', 3)).toBe(0.5)
  })

  it('returns null outside the curve instead of extrapolating', () => {
    expect(survivalAt(STEPS, 'step', 10.01)).toBeNull()
    expect(survivalAt(SMOOTH, 'smooth', -1)).toBeNull()
  })

  it('rejects unsorted or empty curves', () => {
    expect(() => survivalAt([], 'step', 1)).toThrow(RangeError)
    expect(() =>
      survivalAt(
        [
          { t: 2, s: 1 },
          { t: 1, s: 0.5 },
        ],
        'step',
        1,
      ),
    ).toThrow(RangeError)
  })
})

describe('median off a curve', () => {
  it('step: first time S ≤ 0.5', () => expect(medianFromCurve(STEPS, 'step')).toBe(7))

  it('smooth: interpolates the 0.5 crossing', () => {
    // Between (6, 0.7) and (12, 0.3): 6 + (0.2/0.4)·6 = 9.
    expect(medianFromCurve(SMOOTH, 'smooth')).toBeCloseTo(9, 12)
  })

  it('returns null when S never reaches 0.5 (median not reached)', () => {
    expect(
      medianFromCurve(
        [
          { t: 0, s: 1 },
          { t: 12, s: 0.62 },
        ],
        'step',
      ),
    ).toBeNull()
  })

  it('recovers the median of a sampled exponential curve (S = 2^(−t/3.9))', () => {
    // Curvature makes the chord slightly late; with 0.1-month spacing the error is < 1e-3.
    expect(medianFromCurve(exponentialCurve(3.9, 20, 200), 'smooth')).toBeCloseTo(3.9, 3)
    // 0.5 falls exactly on a sample (t = 3.9 is point 39), so this one is exact.
    expect(medianFromCurve(exponentialCurve(3.9, 20, 200), 'step')).toBeCloseTo(3.9, 12)
  })

  it('reads other quantiles: 25% survival of the smooth curve', () => {
    // Between (12, 0.3) and (18, 0.2): 12 + (0.05/0.1)·6 = 15.
    expect(timeAtSurvival(SMOOTH, 'smooth', 0.25)).toBeCloseTo(15, 12)
    expect(() => timeAtSurvival(SMOOTH, 'smooth', 1)).toThrow(RangeError)
  })
})
