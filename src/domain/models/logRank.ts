// Two-group log-rank test, matching R's survival::survdiff(rho = 0).
import { chiSquareUpperTail } from './chiSquare'
import type { SurvivalObservation } from './kaplanMeier'

/** Log-rank result: chi-square on 1 df, its p-value, and observed/expected events per group. */
export interface LogRankResult {
  chiSquare: number
  df: 1
  p: number
  observed: [number, number]
  expected: [number, number]
  /** Hypergeometric variance of group A's observed − expected. */
  variance: number
}

function isEvent(o: SurvivalObservation): boolean {
  return o.event === true || o.event === 1
}

/**
 * For one group: a function of ascending times t giving [number at risk at t (time ≥ t), events at exactly t].
 * It must be called with non-decreasing t.
 */
function sweep(group: readonly SurvivalObservation[]): (t: number) => [number, number] {
  const sorted = [...group].sort((x, y) => x.time - y.time)
  let i = 0
  return (t) => {
    while (i < sorted.length && sorted[i]!.time < t) i++
    let events = 0
    for (let j = i; j < sorted.length && sorted[j]!.time === t; j++) if (isEvent(sorted[j]!)) events++
    return [sorted.length - i, events]
  }
}

/** Log-rank test of group A against group B: χ² = (O_A − E_A)²/V_A on 1 df. */
export function logRankTest(a: readonly SurvivalObservation[], b: readonly SurvivalObservation[]): LogRankResult {
  if (a.length === 0 || b.length === 0) throw new RangeError('log-rank needs observations in both groups')
  const eventTimes = [...new Set([...a, ...b].filter(isEvent).map((o) => o.time))].sort((x, y) => x - y)
  // One sweep over each group sorted by time (not a scan of every subject per event time: that took seconds at 10,000).
  const atA = sweep(a)
  const atB = sweep(b)
  let observedA = 0
  let observedB = 0
  let expectedA = 0
  let variance = 0
  for (const t of eventTimes) {
    const [nA, dA] = atA(t)
    const [nB, dB] = atB(t)
    const n = nA + nB
    const d = dA + dB
    observedA += dA
    observedB += dB
    expectedA += (d * nA) / n
    // Hypergeometric variance; a single subject at risk contributes none.
    if (n > 1) variance += (nA * nB * d * (n - d)) / (n * n * (n - 1))
  }
  const expectedB = observedA + observedB - expectedA
  const chiSquare = variance > 0 ? (observedA - expectedA) ** 2 / variance : 0
  return {
    chiSquare,
    df: 1,
    p: chiSquareUpperTail(chiSquare, 1),
    observed: [observedA, observedB],
    expected: [expectedA, expectedB],
    variance,
  }
}
