// Least-squares 4PL fit by Levenberg–Marquardt, on log10(IC50) so the optimiser sees a well-scaled
// problem across decades of dose. Written out (4 parameters: 4 × 4 normal equations) rather than
// through a general library, so it can stop once converged: the library ran all 500 iterations on
// noisy data (its only stop is an absolute error tolerance), ~1.3 s for 3,000 points.
import type { FourPL } from './doseResponse'

/** One measured point: dose (≥ 0; 0 = vehicle) and response. */
export interface DosePoint {
  dose: number
  response: number
}

/** Result of a 4PL fit. */
export interface FourPLFit {
  params: FourPL
  /** Residual sum of squares of the given points at the returned parameters. */
  rss: number
  iterations: number
}

/** Options for fit4pl; initial values are guessed from the data when omitted. */
export interface Fit4plOptions {
  initial?: Partial<FourPL>
  maxIterations?: number
}

/** Points to fit, each weighted (a weight n counts the point n times in the sum of squares). */
export interface WeightedDoses {
  dose: Float64Array
  response: Float64Array
  weight: Float64Array
}

const LN10 = Math.LN10

// Parameter vector order: [top, bottom, log10(ic50), hill].
type Vec = [number, number, number, number]

/** Fraction of the way from bottom to top: 1/(1 + (dose/ic50)^hill), overflow-safe. */
function upperFraction(logDose: number, logIc50: number, hill: number): number {
  if (logDose === -Infinity) return hill > 0 ? 1 : 0
  const z = hill * (logDose - logIc50) * LN10
  return z > 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z))
}

/** Weighted residual sum of squares at p. */
function weightedRss(d: WeightedDoses, logDose: Float64Array, [top, bottom, logIc50, hill]: Vec): number {
  let s = 0
  for (let i = 0; i < logDose.length; i++) {
    const r = d.response[i]! - (bottom + (top - bottom) * upperFraction(logDose[i]!, logIc50, hill))
    s += d.weight[i]! * r * r
  }
  return s
}

/** Solves the 4 × 4 symmetric positive-definite system a·x = b by Cholesky; null if not positive-definite. */
function solve4(a: Float64Array, b: Float64Array): Float64Array | null {
  const l = new Float64Array(16)
  for (let i = 0; i < 4; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i * 4 + j]!
      for (let k = 0; k < j; k++) s -= l[i * 4 + k]! * l[j * 4 + k]!
      if (i === j) {
        if (!(s > 0)) return null
        l[i * 4 + i] = Math.sqrt(s)
      } else l[i * 4 + j] = s / l[j * 4 + j]!
    }
  const y = new Float64Array(4)
  for (let i = 0; i < 4; i++) {
    let s = b[i]!
    for (let k = 0; k < i; k++) s -= l[i * 4 + k]! * y[k]!
    y[i] = s / l[i * 4 + i]!
  }
  const x = new Float64Array(4)
  for (let i = 3; i >= 0; i--) {
    let s = y[i]!
    for (let k = i + 1; k < 4; k++) s -= l[k * 4 + i]! * x[k]!
    x[i] = s / l[i * 4 + i]!
  }
  return x
}

/**
 * Weighted least-squares 4PL fit by Levenberg–Marquardt (analytical Jacobian, Marquardt's diagonal
 * scaling). Stops when an undamped step no longer lowers the weighted RSS by more than a relative 1e-14,
 * or when no step can. Exported for tests; the app calls fit4pl.
 */
export function fitWeighted4pl(d: WeightedDoses, initial: Vec, maxIterations = 500): { p: Vec; wrss: number; iterations: number } {
  const n = d.dose.length
  const logDose = d.dose.map((x) => Math.log10(x)) // log10(0) = −Infinity marks a vehicle point
  let p: Vec = [...initial]
  let wrss = weightedRss(d, logDose, p)
  let lambda = 1e-3
  const a = new Float64Array(16)
  const g = new Float64Array(4)
  const jac = new Float64Array(4)
  let iterations = 0
  while (iterations < maxIterations && wrss > 1e-30) {
    iterations++
    // Normal equations JᵀWJ·δ = JᵀWr, with ∂f/∂top = u, ∂f/∂bottom = 1 − u,
    // ∂f/∂log10ic50 = (top − bottom)·u(1−u)·hill·ln10, ∂f/∂hill = −(top − bottom)·u(1−u)·(log10 dose − log10 ic50)·ln10.
    a.fill(0)
    g.fill(0)
    const [top, bottom, logIc50, hill] = p
    for (let i = 0; i < n; i++) {
      const ld = logDose[i]!
      const u = upperFraction(ld, logIc50, hill)
      const r = d.response[i]! - (bottom + (top - bottom) * u)
      const k = ld === -Infinity ? 0 : (top - bottom) * u * (1 - u) * LN10
      jac[0] = u
      jac[1] = 1 - u
      jac[2] = k * hill
      jac[3] = k === 0 ? 0 : -k * (ld - logIc50)
      const w = d.weight[i]!
      for (let r0 = 0; r0 < 4; r0++) {
        g[r0] = g[r0]! + w * jac[r0]! * r
        for (let c = 0; c <= r0; c++) a[r0 * 4 + c] = a[r0 * 4 + c]! + w * jac[r0]! * jac[c]!
      }
    }
    for (let r0 = 0; r0 < 4; r0++) for (let c = 0; c < r0; c++) a[c * 4 + r0] = a[r0 * 4 + c]!
    // Try damped steps until one lowers the RSS (or the damping shows no step can).
    // A parameter the data say nothing about (a zero column) still gets a little damping.
    const floor = 1e-9 * Math.max(a[0]!, a[5]!, a[10]!, a[15]!) + 1e-300
    let accepted = false
    let improvement = 0
    while (lambda < 1e16) {
      const damped = Float64Array.from(a)
      for (let k = 0; k < 4; k++) damped[k * 5] = a[k * 5]! + lambda * Math.max(a[k * 5]!, floor)
      const delta = solve4(damped, g)
      if (delta) {
        const next: Vec = [p[0] + delta[0]!, p[1] + delta[1]!, p[2] + delta[2]!, p[3] + delta[3]!]
        const nextRss = weightedRss(d, logDose, next)
        if (nextRss < wrss) {
          improvement = wrss - nextRss
          p = next
          wrss = nextRss
          lambda = Math.max(lambda / 10, 1e-12)
          accepted = true
          break
        }
      }
      lambda *= 10
    }
    // A tiny gain means convergence only near the Gauss–Newton limit; with heavy damping the steps are merely short.
    if (!accepted || (improvement <= 1e-14 * wrss && lambda <= 1e-2)) break
  }
  return { p, wrss, iterations }
}

function initialGuess(points: readonly DosePoint[], given: Partial<FourPL>): Vec {
  const sorted = [...points].sort((a, b) => a.dose - b.dose)
  const top = given.top ?? sorted[0]!.response
  const bottom = given.bottom ?? sorted[sorted.length - 1]!.response
  // IC50 guess: the positive tested dose whose response is closest to the midpoint.
  const mid = (top + bottom) / 2
  const positive = sorted.filter((p) => p.dose > 0)
  const nearest = positive.reduce((best, p) => (Math.abs(p.response - mid) < Math.abs(best.response - mid) ? p : best))
  const ic50 = given.ic50 ?? nearest.dose
  return [top, bottom, Math.log10(ic50), given.hill ?? 1]
}

/**
 * Replicates pooled by dose: each dose's mean response, weighted by its count, plus the sum of squares of
 * the replicates about their means. Σ(y − f)² over the points = Σ nᵢ(ȳᵢ − f(xᵢ))² + Σ(y − ȳᵢ)², and the
 * last term does not depend on the curve, so the fit to the weighted means has the same least-squares
 * optimum as the fit to every point, with far fewer terms when doses repeat.
 */
export function poolByDose(points: readonly DosePoint[]): { means: WeightedDoses; within: number } {
  const byDose = new Map<number, number[]>()
  for (const p of points) {
    const ys = byDose.get(p.dose)
    if (ys) ys.push(p.response)
    else byDose.set(p.dose, [p.response])
  }
  const k = byDose.size
  const means: WeightedDoses = { dose: new Float64Array(k), response: new Float64Array(k), weight: new Float64Array(k) }
  let within = 0
  let i = 0
  for (const [dose, ys] of byDose) {
    const mean = ys.reduce((s, y) => s + y, 0) / ys.length
    for (const y of ys) within += (y - mean) ** 2
    means.dose[i] = dose
    means.response[i] = mean
    means.weight[i] = ys.length
    i++
  }
  return { means, within }
}

/**
 * Fits viability = bottom + (top − bottom)/(1 + (dose/ic50)^hill) by unweighted least squares over the
 * points (Levenberg–Marquardt on the per-dose means weighted by their replicate counts: see poolByDose).
 * Needs ≥ 4 points and ≥ 2 positive doses.
 */
export function fit4pl(points: readonly DosePoint[], options: Fit4plOptions = {}): FourPLFit {
  if (points.length < 4) throw new RangeError('a 4PL fit needs at least 4 points')
  if (points.some((p) => !(p.dose >= 0) || !Number.isFinite(p.response))) throw new RangeError('doses must be ≥ 0 and responses finite')
  if (new Set(points.filter((p) => p.dose > 0).map((p) => p.dose)).size < 2) throw new RangeError('need at least 2 distinct positive doses')
  const { means, within } = poolByDose(points)
  const { p, wrss, iterations } = fitWeighted4pl(means, initialGuess(points, options.initial ?? {}), options.maxIterations)
  const [top, bottom, logIc50, hill] = p
  return { params: { top, bottom, ic50: Math.pow(10, logIc50), hill }, rss: wrss + within, iterations }
}
