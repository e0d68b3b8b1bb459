import { describe, expect, it } from 'vitest'
import { logDoseGrid, viability, type FourPL } from './doseResponse'
import { fit4pl } from './doseResponseFit'
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
