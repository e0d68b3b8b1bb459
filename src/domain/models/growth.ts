// Tumour-volume growth: exponential curves, day-0 normalisation, TGI and replicate summaries.

/** One point of a volume curve: day t and volume v (e.g. mm³). */
export interface GrowthPoint {
  t: number
  v: number
}

/** Exponential growth: V(t) = v0 · 2^(t / doublingTime). */
export function exponentialVolume(v0: number, doublingTime: number, t: number): number {
  if (!(v0 > 0)) throw new RangeError(`start volume must be positive, got ${v0}`)
  if (!(doublingTime > 0)) throw new RangeError(`doubling time must be positive, got ${doublingTime}`)
  return v0 * Math.pow(2, t / doublingTime)
}

/** Points of an exponential growth curve from day 0 to tMax inclusive. */
export function exponentialGrowthCurve(v0: number, doublingTime: number, tMax: number, steps = 60): GrowthPoint[] {
  if (!(tMax > 0 && Number.isInteger(steps) && steps >= 1)) throw new RangeError('need tMax > 0 and an integer steps ≥ 1')
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = (tMax * i) / steps
    return { t, v: exponentialVolume(v0, doublingTime, t) }
  })
}

function dayZero(points: readonly GrowthPoint[]): number {
  const p0 = points.find((p) => p.t === 0)
  if (!p0) throw new RangeError('the curve has no day-0 point')
  if (!(p0.v > 0)) throw new RangeError(`day-0 volume must be positive, got ${p0.v}`)
  return p0.v
}

/** Volumes divided by the day-0 volume (fold change; 1 at day 0). Normalise each animal before averaging. */
export function relativeToDay0(points: readonly GrowthPoint[]): GrowthPoint[] {
  const v0 = dayZero(points)
  return points.map((p) => ({ t: p.t, v: p.v / v0 }))
}

/** Start and end volume of one arm, for TGI. */
export interface ArmVolumes {
  start: number
  end: number
}

/**
 * Tumour growth inhibition as a fraction: TGI = 1 − ΔT/ΔC, ΔT = T_end − T_0, ΔC = C_end − C_0.
 * 1 = stasis, > 1 = regression, 0 = no effect.
 */
export function tumorGrowthInhibition(control: ArmVolumes, treated: ArmVolumes): number {
  const dC = control.end - control.start
  if (!(dC > 0)) throw new RangeError(`control must grow for TGI to be defined, ΔC = ${dC}`)
  return 1 - (treated.end - treated.start) / dC
}

/** Linear interpolation on a sorted curve; throws outside it so nothing is extrapolated. */
function volumeAt(points: readonly GrowthPoint[], t: number): number {
  const j = points.findIndex((p) => p.t >= t)
  if (j < 0 || t < points[0]!.t) throw new RangeError(`day ${t} is outside the control curve`)
  const q = points[j]!
  if (q.t === t || j === 0) return q.v
  const p = points[j - 1]!
  return p.v + ((t - p.t) / (q.t - p.t)) * (q.v - p.v)
}

/**
 * Inverse of TGI: an exponential treated-arm curve T(t) = T0·e^(rate·t), sampled at the control
 * curve's days, that gives exactly `tgi` at `day`: T(day) = T0 + (1 − tgi)(C(day) − C0).
 * T0 defaults to the control's day-0 volume (randomised arms). rate < 0 means regression.
 */
export function treatedCurveForTgi(control: readonly GrowthPoint[], tgi: number, day: number, treatedStart?: number): { rate: number; curve: GrowthPoint[] } {
  if (!(day > 0)) throw new RangeError(`day must be positive, got ${day}`)
  const c0 = dayZero(control)
  const t0 = treatedStart ?? c0
  if (!(t0 > 0)) throw new RangeError(`treated start volume must be positive, got ${t0}`)
  const tDay = t0 + (1 - tgi) * (volumeAt(control, day) - c0)
  if (!(tDay > 0)) throw new RangeError(`TGI ${tgi} would need a non-positive treated volume at day ${day}`)
  const rate = Math.log(tDay / t0) / day
  return { rate, curve: control.map((p) => ({ t: p.t, v: t0 * Math.exp(rate * p.t) })) }
}

/** Mean, SD and SEM of replicate values. */
export interface ReplicateSummary {
  n: number
  mean: number
  /** Sample SD (n − 1 denominator); null for a single replicate. */
  sd: number | null
  /** SD/√n; null for a single replicate. */
  sem: number | null
}

/** Mean, sample SD (n − 1) and SEM = SD/√n of replicate volumes; SD and SEM are null when n = 1. */
export function replicateSummary(values: readonly number[]): ReplicateSummary {
  if (values.length === 0) throw new RangeError('need at least one replicate')
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('replicate values must be finite')
  const n = values.length
  const mean = values.reduce((a, b) => a + b, 0) / n
  if (n === 1) return { n, mean, sd: null, sem: null }
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1))
  return { n, mean, sd, sem: sd / Math.sqrt(n) }
}
