// Least-squares 4PL fit via ml-levenberg-marquardt, on log10(IC50) so the optimiser sees a
// well-scaled problem across decades of dose.
import { levenbergMarquardt } from 'ml-levenberg-marquardt'
import type { FourPL } from './doseResponse'

/** One measured point: dose (≥ 0; 0 = vehicle) and response. */
export interface DosePoint {
  dose: number
  response: number
}

/** Result of a 4PL fit. */
export interface FourPLFit {
  params: FourPL
  /** Residual sum of squares at the returned parameters. */
  rss: number
  iterations: number
}

/** Options for fit4pl; initial values are guessed from the data when omitted. */
export interface Fit4plOptions {
  initial?: Partial<FourPL>
  maxIterations?: number
}

const LN10 = Math.LN10

// Parameter vector order: [top, bottom, log10(ic50), hill].
type Vec = number[]

/** Fraction of the way from bottom to top: 1/(1 + (dose/ic50)^hill), overflow-safe. */
function upperFraction(dose: number, logIc50: number, hill: number): number {
  if (dose === 0) return hill > 0 ? 1 : 0
  const z = hill * (Math.log10(dose) - logIc50) * LN10
  return z > 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z))
}

function model([top, bottom, logIc50, hill]: Vec): (dose: number) => number {
  return (dose) => bottom! + (top! - bottom!) * upperFraction(dose, logIc50!, hill!)
}

// Analytical Jacobian: with g the upper fraction, ∂f/∂top = g, ∂f/∂bottom = 1 − g,
// ∂f/∂log10ic50 = (top − bottom)·g(1−g)·hill·ln10, ∂f/∂hill = −(top − bottom)·g(1−g)·(log10 dose − log10 ic50)·ln10.
function jacobian([top, bottom, logIc50, hill]: Vec): (dose: number) => number[] {
  return (dose) => {
    const g = upperFraction(dose, logIc50!, hill!)
    if (dose === 0) return [g, 1 - g, 0, 0]
    const k = (top! - bottom!) * g * (1 - g) * LN10
    return [g, 1 - g, k * hill!, -k * (Math.log10(dose) - logIc50!)]
  }
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
 * Fits viability = bottom + (top − bottom)/(1 + (dose/ic50)^hill) by unweighted least squares
 * (Levenberg–Marquardt, analytical Jacobian). Needs ≥ 4 points and ≥ 2 positive doses.
 */
export function fit4pl(points: readonly DosePoint[], options: Fit4plOptions = {}): FourPLFit {
  if (points.length < 4) throw new RangeError('a 4PL fit needs at least 4 points')
  if (points.some((p) => !(p.dose >= 0) || !Number.isFinite(p.response))) throw new RangeError('doses must be ≥ 0 and responses finite')
  if (new Set(points.filter((p) => p.dose > 0).map((p) => p.dose)).size < 2) throw new RangeError('need at least 2 distinct positive doses')
  const data = { x: points.map((p) => p.dose), y: points.map((p) => p.response) }
  const result = levenbergMarquardt(data, model, {
    initialValues: initialGuess(points, options.initial ?? {}),
    jacobianFunction: jacobian,
    // The library only accepts a step that improves the error by more than errorTolerance and
    // stops once the error is below it; keep it tiny so exact data converge to machine precision.
    errorTolerance: 1e-20,
    improvementThreshold: 1e-3,
    damping: 1e-2,
    maxIterations: options.maxIterations ?? 500,
  })
  const [top, bottom, logIc50, hill] = result.parameterValues
  return {
    params: { top: top!, bottom: bottom!, ic50: Math.pow(10, logIc50!), hill: hill! },
    rss: result.parameterError,
    iterations: result.iterations,
  }
}
