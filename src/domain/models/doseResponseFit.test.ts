import { describe, expect, it } from 'vitest'
import { logDoseGrid, viability, type FourPL } from './doseResponse'
import { fit4pl, fitWeighted4pl, poolByDose } from './doseResponseFit'
import noisy from './fixtures/dose-response-noisy.json'

function expectRelative(actual: FourPL, expected: FourPL, tol: number): void {
  for (const k of ['ic50', 'hill', 'top', 'bottom'] as const) {
    expect(Math.abs(actual[k] / expected[k] - 1), k).toBeLessThan(tol)
  }
}

describe('4PL fit on noise-free points (recovers the generating parameters)', () => {
  it.each<[string, FourPL, number[]]>([
    ['typical', { ic50: 0.25, hill: 1.3, top: 98, bottom: 12 }, logDoseGrid(0.001, 10, 9)],
    ['shallow, partial kill', { ic50: 3, hill: 0.7, top: 100, bottom: 40 }, logDoseGrid(0.01, 100, 10)],
    ['steep, with a vehicle point', { ic50: 0.05, hill: 3, top: 102, bottom: 5 }, [0, ...logDoseGrid(0.003, 3, 8)]],
  ])('%s', (_label, truth, doses) => {
    const fit = fit4pl(doses.map((dose) => ({ dose, response: viability(dose, truth) })))
    expectRelative(fit.params, truth, 1e-3)
    expect(fit.rss).toBeLessThan(1e-12)
  })
})

describe('4PL fit on noisy points vs R nls', () => {
  // Expected parameters and RSS from R 4.2.2 nls (fixtures/make-fixtures.R, dose-response-noisy.json).
  const fit = fit4pl(noisy.data.dose.map((dose, i) => ({ dose, response: noisy.data.viability[i]! })))
  it('matches R nls estimates to 1e-5 relative', () => {
    const { ic50, hill, top, bottom } = noisy.nls
    expectRelative(fit.params, { ic50, hill, top, bottom }, 1e-5)
  })
  it('reaches the same residual sum of squares', () => expect(fit.rss / noisy.nls.rss).toBeCloseTo(1, 8))
})

describe('4PL fit input checks', () => {
  it('rejects too few points, negative doses and a single positive dose', () => {
    expect(() => fit4pl([{ dose: 1, response: 50 }])).toThrow(RangeError)
    expect(() => fit4pl([-1, 1, 2, 3].map((dose) => ({ dose, response: 50 })))).toThrow(RangeError)
    expect(() => fit4pl([0, 0, 1, 1].map((dose) => ({ dose, response: 50 })))).toThrow(RangeError)
  })
})

describe('4PL fit pools replicates by dose', () => {
  // Hand-made: 5 doses × 3 replicates (one dose with 2), scattered about a curve.
  const points = [
    [0.01, 99],
    [0.01, 103],
    [0.01, 96],
    [0.1, 91],
    [0.1, 84],
    [0.1, 88],
    [1, 52],
    [1, 61],
    [10, 19],
    [10, 14],
    [10, 25],
    [100, 8],
    [100, 3],
    [100, 6],
  ].map(([dose, response]) => ({ dose: dose!, response: response! }))
  const raw = {
    dose: Float64Array.from(points, (p) => p.dose),
    response: Float64Array.from(points, (p) => p.response),
    weight: new Float64Array(points.length).fill(1),
  }

  it('pools each dose into its mean, its replicate count and the spread about the mean', () => {
    const { means, within } = poolByDose(points)
    expect([...means.dose]).toEqual([0.01, 0.1, 1, 10, 100])
    expect([...means.weight]).toEqual([3, 3, 2, 3, 3])
    expect(means.response[3]).toBeCloseTo(58 / 3, 12)
    // By hand, dose by dose: 74/3 + 74/3 + 81/2 + 182/3 + 38/3.
    expect(within).toBeCloseTo(979 / 6, 10)
  })

  it('reaches the same optimum and RSS as the unweighted fit to every point', () => {
    const pooled = fit4pl(points)
    const unpooled = fitWeighted4pl(raw, [100, 5, 0, 1])
    const [top, bottom, logIc50, hill] = unpooled.p
    expectRelative(pooled.params, { top, bottom, ic50: 10 ** logIc50, hill }, 1e-6)
    expect(pooled.rss / unpooled.wrss).toBeCloseTo(1, 9)
  })

  it('finds no lower RSS near its optimum on the raw points (it is a least-squares minimum of every point)', () => {
    const { params, rss } = fit4pl(points)
    const at = (p: FourPL) => points.reduce((s, q) => s + (q.response - viability(q.dose, p)) ** 2, 0)
    expect(at(params)).toBeCloseTo(rss, 8)
    for (const k of ['ic50', 'hill', 'top', 'bottom'] as const)
      for (const f of [0.999, 1.001]) expect(at({ ...params, [k]: params[k] * f })).toBeGreaterThan(rss)
  })
})

describe('4PL fit on a big series', () => {
  it('fits 3,000 points at 600 doses, stopping once converged, and recovers the generating curve', () => {
    const truth = { ic50: 0.5, hill: 1, top: 100, bottom: 0 }
    const points = Array.from({ length: 3000 }, (_, i) => {
      const dose = 10 ** (-3 + (i % 600) / 100)
      return { dose, response: viability(dose, truth) + ((i * 7919) % 11) - 5 }
    })
    const fit = fit4pl(points)
    // Work, not time, is asserted: the library this replaced ran all 500 iterations here (~1.3 s).
    expect(fit.iterations).toBeLessThan(100)
    for (const k of ['ic50', 'hill', 'top'] as const) expect(Math.abs(fit.params[k] / truth[k] - 1), k).toBeLessThan(0.01)
    expect(Math.abs(fit.params.bottom)).toBeLessThan(0.05) // truth 0: compared absolutely
  })
})
