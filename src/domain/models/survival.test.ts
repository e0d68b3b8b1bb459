import { describe, expect, it } from 'vitest'
import { exponentialCurve, exponentialSurvival, hazardRatioFromMedians } from './survival'

// Expected values worked by hand: S(t) = 2^(-t/m).
describe('exponential survival from a median', () => {
  it('is 1 at t = 0, 1/2 at the median, 1/4 at twice the median', () => {
    expect(exponentialSurvival(3.9, 0)).toBe(1)
    expect(exponentialSurvival(3.9, 3.9)).toBeCloseTo(0.5, 12)
    expect(exponentialSurvival(15.6, 31.2)).toBeCloseTo(0.25, 12)
  })

  it('at 12 months gives 2^(-12/15.6) = 0.5870 for the S6K1-low median', () => {
    // 12/15.6 = 0.76923; 2^-0.76923 = e^(-0.53319) = 0.58672
    expect(exponentialSurvival(15.6, 12)).toBeCloseTo(0.5867, 4)
  })

  it('rejects a non-positive median and negative time', () => {
    expect(() => exponentialSurvival(0, 1)).toThrow(RangeError)
    expect(() => exponentialSurvival(3, -1)).toThrow(RangeError)
  })

  it('samples a curve from 0 to tMax inclusive', () => {
    const c = exponentialCurve(2, 4, 4)
    expect(c.map((p) => p.t)).toEqual([0, 1, 2, 3, 4])
    expect(c[2]!.s).toBeCloseTo(0.5, 12)
    expect(c[4]!.s).toBeCloseTo(0.25, 12)
  })
})

describe('hazard ratio implied by two medians', () => {
  it('is 15.6 / 3.9 = 4.0 for mo2022 S6K1 high vs low (the paper reports a Cox HR of 3.0)', () => {
    expect(hazardRatioFromMedians(3.9, 15.6)).toBeCloseTo(4.0, 12)
  })
  it('is 1 for equal medians', () => expect(hazardRatioFromMedians(7, 7)).toBe(1))
})
