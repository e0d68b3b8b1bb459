import { describe, expect, it } from 'vitest'
import { chiSquareUpperTail, lnGamma, regularizedGammaQ } from './chiSquare'

// Expected values from R 4.2.2: pchisq(x, df, lower.tail = FALSE), printed with %.17g.
const R_PCHISQ: [x: number, df1: number, df3: number][] = [
  [0.01, 0.92034432544594202, 0.99973483494134441],
  [0.5, 0.47950012218695348, 0.91889141165467592],
  [1, 0.31731050786291415, 0.80125195690120077],
  [3.84145882069412, 0.050000000000000183, 0.2791004637835981],
  [10, 0.0015654022580025519, 0.018566135463043233],
  [30, 4.3204630578274968e-8, 1.3800570312932547e-6],
]

describe('chi-square upper tail vs R pchisq', () => {
  it.each(R_PCHISQ)('x = %d', (x, df1, df3) => {
    expect(chiSquareUpperTail(x, 1) / df1).toBeCloseTo(1, 12)
    expect(chiSquareUpperTail(x, 3) / df3).toBeCloseTo(1, 12)
  })
  it('is 1 at x ≤ 0 and rejects df ≤ 0', () => {
    expect(chiSquareUpperTail(0, 1)).toBe(1)
    expect(() => chiSquareUpperTail(1, 0)).toThrow(RangeError)
  })
})

describe('gamma helpers (by hand)', () => {
  it('lnGamma: Γ(1) = 1, Γ(5) = 24, Γ(1/2) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 14)
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 13)
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14)
  })
  it('Q(1, x) = e^(−x)', () => {
    expect(regularizedGammaQ(1, 0.3)).toBeCloseTo(Math.exp(-0.3), 14)
    expect(regularizedGammaQ(1, 7)).toBeCloseTo(Math.exp(-7), 14)
  })
})
