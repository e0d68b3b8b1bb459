import { describe, expect, it } from 'vitest'
import { absoluteIC50, boundedIc50, classifyIc50, doseAtResponse, gi50, logDoseGrid, nciGI50, resistanceIndex, viability, type FourPL } from './doseResponse'

// Expected values worked by hand.
const P: FourPL = { ic50: 0.5, hill: 1, top: 100, bottom: 20 }

describe('4PL viability', () => {
  it('is top at dose 0, the midpoint at ic50, near bottom at high dose', () => {
    expect(viability(0, P)).toBe(100)
    // 20 + 80/(1 + 1) = 60
    expect(viability(0.5, P)).toBe(60)
    // dose 1.5 → (1.5/0.5)^1 = 3 → 20 + 80/4 = 40
    expect(viability(1.5, P)).toBeCloseTo(40, 12)
    // hill 2, dose 1 → (1/0.5)^2 = 4 → 20 + 80/5 = 36
    expect(viability(1, { ...P, hill: 2 })).toBeCloseTo(36, 12)
  })

  it('rejects bad parameters and negative doses', () => {
    expect(() => viability(1, { ...P, ic50: 0 })).toThrow(RangeError)
    expect(() => viability(1, { ...P, hill: 0 })).toThrow(RangeError)
    expect(() => viability(-1, P)).toThrow(RangeError)
  })
})

describe('inverse 4PL', () => {
  it('undoes viability', () => {
    // response 40: 0.5·(80/20 − 1)^1 = 1.5
    expect(doseAtResponse(40, P)).toBeCloseTo(1.5, 12)
    for (const d of [0.01, 0.3, 2, 40]) expect(doseAtResponse(viability(d, { ...P, hill: 1.7 }), { ...P, hill: 1.7 })! / d).toBeCloseTo(1, 10)
  })
  it('is null for responses the curve never reaches', () => {
    expect(doseAtResponse(20, P)).toBeNull()
    expect(doseAtResponse(100, P)).toBeNull()
    expect(doseAtResponse(10, P)).toBeNull()
  })
})

describe('absolute IC50 vs GI50', () => {
  it('differ when the curve does not span 0–100', () => {
    // Absolute: response 50 → 0.5·(80/30 − 1) = 0.5·(5/3) = 0.8333…
    expect(absoluteIC50(P)).toBeCloseTo(5 / 6, 12)
    // GI50 = half of max inhibition (response 60) = the ic50 parameter.
    expect(gi50(P)).toBe(0.5)
    expect(viability(gi50(P), P)).toBe(60)
  })
  it('coincide when top + bottom = 100', () => {
    const q: FourPL = { ic50: 2, hill: 1.4, top: 100, bottom: 0 }
    expect(absoluteIC50(q)).toBeCloseTo(gi50(q), 12)
  })
  it('absolute IC50 is null when the curve plateaus above 50%', () => {
    expect(absoluteIC50({ ...P, bottom: 55 })).toBeNull()
  })
  it('NCI GI50 reads the response half-way from time zero to vehicle', () => {
    // T0 = 40 → response (100 + 40)/2 = 70 → 0.5·(80/50 − 1) = 0.3
    expect(nciGI50(P, 40)).toBeCloseTo(0.3, 12)
    expect(() => nciGI50(P, 100)).toThrow(RangeError)
  })
})

describe('log-spaced dose grid', () => {
  it('gives a 10-fold series from 0.001 to 10', () => {
    const g = logDoseGrid(0.001, 10, 5)
    expect(g[0]).toBe(0.001)
    expect(g[4]).toBe(10)
    ;[0.01, 0.1, 1].forEach((d, i) => expect(g[i + 1]! / d).toBeCloseTo(1, 12))
  })
  it('gives a constant ratio (3-fold: 1, 3, 9, 27)', () => {
    const g = logDoseGrid(1, 27, 4)
    for (let i = 1; i < g.length; i++) expect(g[i]! / g[i - 1]!).toBeCloseTo(3, 12)
  })
  it('rejects bad ranges', () => {
    expect(() => logDoseGrid(0, 1, 3)).toThrow(RangeError)
    expect(() => logDoseGrid(2, 1, 3)).toThrow(RangeError)
    expect(() => logDoseGrid(1, 2, 1)).toThrow(RangeError)
  })
})

describe('resistance index', () => {
  it('is IC50 resistant / parental: 2.4 / 0.08 = 30', () => expect(resistanceIndex(2.4, 0.08)).toBeCloseTo(30, 12))
  it('rejects non-positive IC50s', () => expect(() => resistanceIndex(0, 1)).toThrow(RangeError))
})

describe('IC50 against the tested range', () => {
  const tested = [0, 0.01, 0.1, 1, 10]
  it('classifies within / above / below, ignoring the vehicle (dose 0)', () => {
    expect(classifyIc50(0.5, tested)).toBe('within')
    expect(classifyIc50(10, tested)).toBe('within')
    expect(classifyIc50(25, tested)).toBe('above-range')
    expect(classifyIc50(0.002, tested)).toBe('below-range')
    expect(classifyIc50(null, tested)).toBe('above-range')
  })
  it('states out-of-range values as bounds, never as extrapolated numbers', () => {
    expect(boundedIc50(25, tested)).toEqual({ relation: '>', dose: 10, range: 'above-range' })
    expect(boundedIc50(0.002, tested)).toEqual({ relation: '<', dose: 0.01, range: 'below-range' })
    expect(boundedIc50(0.5, tested)).toEqual({ relation: '=', dose: 0.5, range: 'within' })
  })
  it('needs a positive tested dose', () => expect(() => classifyIc50(1, [0])).toThrow(RangeError))
})
