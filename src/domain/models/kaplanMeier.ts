// Kaplan–Meier estimator for individual-level data, matching R's survival::survfit defaults.
import type { SurvivalPoint } from './survivalCurve'

/** One subject: follow-up time and whether it ended in the event (true/1) or was censored. */
export interface SurvivalObservation {
  time: number
  event: boolean | 0 | 1
}

/**
 * Confidence-interval scale. 'log' (R's default conf.type): exp(log S ± z·se), upper capped at 1.
 * 'log-log': exp(−exp(log(−log S) ∓ z·se/log S)). 'plain': S ± z·S·se, clipped to [0, 1].
 * In all three, se is Greenwood's standard error of log S.
 */
export type ConfType = 'log' | 'log-log' | 'plain'

/** qnorm(0.975): the intervals are 95% two-sided. */
export const Z_95 = 1.959963984540054

/** One distinct observed time (event or censoring), as a row of R's survfit. */
export interface KmStep {
  t: number
  nRisk: number
  nEvent: number
  nCensor: number
  /** S(t) just after this time. */
  s: number
  /** Greenwood SE of log S = sqrt(Σ d/(n(n−d))) — R's survfit()$std.err; null once S = 0. */
  seLogS: number | null
  /** Greenwood SE of S itself = S·seLogS (what R's summary() prints); null once S = 0. */
  se: number | null
  /** 95% CI; null where the chosen scale is undefined (S = 0; S = 1 for log-log). */
  lower: number | null
  upper: number | null
}

/** A Kaplan–Meier fit: the table, a plottable step curve and censor marks. */
export interface KmFit {
  n: number
  confType: ConfType
  steps: KmStep[]
  /** Step curve starting at (0, 1), one point per distinct time; read it with kind 'step'. */
  curve: SurvivalPoint[]
  /** Where censored subjects sit on the curve (tick marks). */
  censorMarks: SurvivalPoint[]
}

function isEvent(o: SurvivalObservation): boolean {
  return o.event === true || o.event === 1
}

function checkObservations(data: readonly SurvivalObservation[]): void {
  if (data.length === 0) throw new RangeError('Kaplan–Meier needs at least one observation')
  for (const o of data) {
    if (!(Number.isFinite(o.time) && o.time >= 0)) throw new RangeError(`times must be finite and ≥ 0, got ${o.time}`)
  }
}

/** 95% confidence limits for S on the chosen scale (R's survfit_confint with logse = TRUE). */
export function survivalCi(s: number, seLogS: number | null, confType: ConfType): { lower: number | null; upper: number | null } {
  if (seLogS === null || !Number.isFinite(seLogS)) return { lower: null, upper: null }
  if (confType === 'plain') {
    const half = Z_95 * seLogS * s
    return { lower: Math.max(s - half, 0), upper: Math.min(s + half, 1) }
  }
  if (confType === 'log') {
    if (s === 0) return { lower: null, upper: null }
    return { lower: Math.exp(Math.log(s) - Z_95 * seLogS), upper: Math.min(Math.exp(Math.log(s) + Z_95 * seLogS), 1) }
  }
  // log-log is undefined at S = 0 and S = 1 (log S = 0).
  if (s === 0 || s === 1) return { lower: null, upper: null }
  const shift = (Z_95 * seLogS) / Math.log(s)
  const ll = Math.log(-Math.log(s))
  return { lower: Math.exp(-Math.exp(ll - shift)), upper: Math.exp(-Math.exp(ll + shift)) }
}

/**
 * Kaplan–Meier estimate with Greenwood standard errors and 95% CIs; default conf type 'log'
 * matches R's survfit. Subjects censored at an event time count as at risk at that time.
 */
export function kaplanMeier(data: readonly SurvivalObservation[], confType: ConfType = 'log'): KmFit {
  checkObservations(data)
  const sorted = [...data].sort((a, b) => a.time - b.time)
  const steps: KmStep[] = []
  let nRisk = sorted.length
  let s = 1
  let greenwood = 0
  let i = 0
  while (i < sorted.length) {
    const t = sorted[i]!.time
    let nEvent = 0
    let nCensor = 0
    while (i < sorted.length && sorted[i]!.time === t) {
      if (isEvent(sorted[i]!)) nEvent++
      else nCensor++
      i++
    }
    if (nEvent > 0) {
      s *= 1 - nEvent / nRisk
      // n = d makes the Greenwood term infinite: S is 0 and its log-scale SE is undefined.
      greenwood += nRisk > nEvent ? nEvent / (nRisk * (nRisk - nEvent)) : Infinity
    }
    const seLogS = Number.isFinite(greenwood) ? Math.sqrt(greenwood) : null
    steps.push({ t, nRisk, nEvent, nCensor, s, seLogS, se: seLogS === null ? null : s * seLogS, ...survivalCi(s, seLogS, confType) })
    nRisk -= nEvent + nCensor
  }
  const curve: SurvivalPoint[] = [{ t: 0, s: 1 }, ...steps.map((st) => ({ t: st.t, s: st.s }))]
  const censorMarks = steps.filter((st) => st.nCensor > 0).map((st) => ({ t: st.t, s: st.s }))
  return { n: data.length, confType, steps, curve, censorMarks }
}

/** Number at risk (follow-up time ≥ t) at each chosen time, as printed under KM plots. */
export function numberAtRisk(data: readonly SurvivalObservation[], times: readonly number[]): number[] {
  checkObservations(data)
  return times.map((t) => data.filter((o) => o.time >= t).length)
}
