// Reconstruction of individual patient data from a published Kaplan–Meier curve, after
// Guyot, Ades, Ouwens & Welton (2012), BMC Med Res Methodol 12:9. Written from the paper's
// description of the algorithm; no reference implementation was consulted.
//
// Between two printed "number at risk" times, the drop in the number at risk is events plus
// censorings. Censorings are spread evenly over the interval; events at each digitised point
// follow from the fall in S relative to the reconstructed KM at the last event. The number
// censored is adjusted until the reconstructed number at risk at the interval's end equals the
// printed one. In the last interval (no printed end), the censoring count comes from the total
// number of events if given, else from the average censoring rate of the earlier intervals.
import { numberAtRisk, type SurvivalObservation } from './kaplanMeier'
import type { SurvivalPoint } from './survivalCurve'

/** A printed number-at-risk table under a KM plot: times and counts, same length. */
export interface RiskTable {
  times: readonly number[]
  nRisk: readonly number[]
}

/** Inputs of one arm's reconstruction. */
export interface GuyotInput {
  /** Digitised KM points (t, S); S on the 0–1 scale. Order does not matter. */
  points: readonly SurvivalPoint[]
  risk: RiskTable
  /** Total events in the arm, if the paper gives it; tunes censoring in the last interval. */
  totalEvents?: number
}

/** One reconstructed arm: patients, and how well they reproduce the inputs. */
export interface GuyotResult {
  /** Reconstructed patients: time and event (true) or censored (false). */
  subjects: SurvivalObservation[]
  /** Number at risk at the printed times, recomputed from `subjects` (fidelity check). */
  estimatedNRisk: number[]
  totalEvents: number
  /** The cleaned digitised points the reconstruction used (sorted, S monotone, in [0, 1]). */
  points: SurvivalPoint[]
}

/** Sort by time (ties: higher S first), clamp to [0, 1], force S non-increasing, start at (0, 1). */
export function cleanDigitisedCurve(points: readonly SurvivalPoint[]): SurvivalPoint[] {
  if (points.length === 0) throw new RangeError('the curve needs at least one digitised point')
  for (const p of points) {
    if (!Number.isFinite(p.t) || !Number.isFinite(p.s)) throw new RangeError('digitised points must be finite numbers')
  }
  const sorted = [...points].sort((a, b) => a.t - b.t || b.s - a.s)
  const out: SurvivalPoint[] = [{ t: 0, s: 1 }]
  for (const p of sorted) {
    const t = Math.max(p.t, 0)
    // Clicks a pixel above the previous level are reading noise on a curve that cannot rise.
    const s = Math.min(Math.max(p.s, 0), out[out.length - 1]!.s)
    out.push({ t, s })
  }
  return out
}

function checkRiskTable(risk: RiskTable): void {
  const { times, nRisk } = risk
  if (times.length === 0 || times.length !== nRisk.length) throw new RangeError('the number-at-risk table needs one count per printed time')
  for (let i = 0; i < times.length; i++) {
    if (!(Number.isFinite(times[i]!) && times[i]! >= 0)) throw new RangeError(`printed time ${times[i]} is not a time ≥ 0`)
    if (!(Number.isInteger(nRisk[i]!) && nRisk[i]! >= 0)) throw new RangeError(`number at risk ${nRisk[i]} is not a whole number ≥ 0`)
    if (i > 0 && !(times[i]! > times[i - 1]!)) throw new RangeError('printed times must increase')
    if (i > 0 && nRisk[i]! > nRisk[i - 1]!) throw new RangeError(`number at risk rises from ${nRisk[i - 1]} to ${nRisk[i]}: it can only fall`)
  }
  if (nRisk[0] === 0) throw new RangeError('the first number at risk is 0: nothing to reconstruct')
}

/** Running state carried from one digitised point to the next. */
interface State {
  nRisk: number
  /** Reconstructed KM survival after the last event. */
  sLast: number
}

interface IntervalRun {
  state: State
  events: { t: number; d: number }[]
  censorTimes: number[]
  eventCount: number
}

/**
 * Play one interval forward with nCens censorings spread evenly over [start, end): events at each
 * digitised point from the fall in S, censorings removed from the risk set as their times pass.
 */
function runInterval(pts: readonly SurvivalPoint[], start: number, end: number, nCens: number, entry: State): IntervalRun {
  const planned = Array.from({ length: nCens }, (_, j) => start + ((j + 1) * (end - start)) / (nCens + 1))
  const censorTimes: number[] = []
  const state = { ...entry }
  const events: { t: number; d: number }[] = []
  let eventCount = 0
  let c = 0
  // A planned censoring with nobody left at risk is dropped: patients are never created twice.
  const censorBefore = (t: number) => {
    for (; c < planned.length && planned[c]! < t; c++) {
      if (state.nRisk > 0) {
        censorTimes.push(planned[c]!)
        state.nRisk--
      }
    }
  }
  for (const p of pts) {
    // Censored before this time leave the risk set; censored at it still count as at risk.
    censorBefore(p.t)
    if (state.nRisk <= 0 || state.sLast <= 0) continue
    const d = Math.min(Math.max(Math.round(state.nRisk * (1 - p.s / state.sLast)), 0), state.nRisk)
    if (d > 0) {
      state.sLast *= 1 - d / state.nRisk
      state.nRisk -= d
      events.push({ t: p.t, d })
      eventCount += d
    }
  }
  censorBefore(Infinity)
  return { state, events, censorTimes, eventCount }
}

const MAX_ADJUST = 200

/** Reconstruct one arm's patients from its digitised KM curve and printed numbers at risk. */
export function reconstructIpd(input: GuyotInput): GuyotResult {
  checkRiskTable(input.risk)
  const points = cleanDigitisedCurve(input.points)
  const { times, nRisk } = input.risk
  const lastT = points[points.length - 1]!.t
  // Drops before the first printed time have no known risk set to apply them to.
  if (points.some((p) => p.t < times[0]! && p.s < 1)) {
    throw new RangeError(`the curve falls before the first printed time (${times[0]}); give the number at risk at time 0`)
  }
  if (times[0]! > lastT) throw new RangeError(`the curve ends (t = ${lastT}) before the first printed time (${times[0]})`)
  const subjects: SurvivalObservation[] = []
  let state: State = { nRisk: nRisk[0]!, sLast: 1 }
  let censoredSoFar = 0
  let eventsSoFar = 0
  // Printed times past the last digitised point carry no curve; use the intervals the curve covers.
  const m = times.filter((t) => t <= lastT).length
  for (let i = 0; i < m; i++) {
    const start = times[i]!
    const isLast = i === m - 1
    const end = isLast ? lastT : times[i + 1]!
    const pts = points.filter((p) => p.t >= start && (isLast ? p.t <= end : p.t < end))
    const entry = state
    let run: IntervalRun
    if (!isLast) {
      const target = nRisk[i + 1]!
      // First guess: censorings = the fall in the risk set not explained by the fall in S.
      const sStart = pts.length ? Math.min(entry.sLast, pts[0]!.s) : entry.sLast
      const sEnd = points.filter((p) => p.t < end).at(-1)!.s
      let nCens = Math.max(0, Math.round(entry.nRisk * (sStart > 0 ? sEnd / sStart : 0)) - target)
      nCens = Math.min(nCens, entry.nRisk)
      run = runInterval(pts, start, end, nCens, entry)
      const tried = new Set<number>([nCens])
      for (let k = 0; k < MAX_ADJUST && run.state.nRisk !== target; k++) {
        const next = Math.min(Math.max(nCens + (run.state.nRisk - target), 0), entry.nRisk)
        // No further change possible (or a cycle): keep the closest run so far.
        if (tried.has(next)) break
        tried.add(next)
        const r = runInterval(pts, start, end, next, entry)
        if (Math.abs(r.state.nRisk - target) <= Math.abs(run.state.nRisk - target)) {
          run = r
          nCens = next
        } else break
      }
    } else {
      run = lastInterval(pts, start, end, entry, input.totalEvents, eventsSoFar, censoredSoFar, start - times[0]!)
    }
    for (const e of run.events) for (let j = 0; j < e.d; j++) subjects.push({ time: e.t, event: true })
    for (const t of run.censorTimes) subjects.push({ time: t, event: false })
    censoredSoFar += run.censorTimes.length
    eventsSoFar += run.eventCount
    // The next interval starts from the reconstructed count (not the printed one), so the patients
    // always add up to the arm's size even where the printed count could not be met exactly.
    state = run.state
  }
  // Whoever is still at risk after the last digitised point is censored there.
  for (let j = 0; j < state.nRisk; j++) subjects.push({ time: lastT, event: false })
  subjects.sort((a, b) => a.time - b.time)
  return { subjects, estimatedNRisk: numberAtRisk(subjects, times), totalEvents: eventsSoFar, points }
}

/** Last interval: censoring count from the total events if known, else the earlier censoring rate. */
function lastInterval(
  pts: readonly SurvivalPoint[],
  start: number,
  end: number,
  entry: State,
  totalEvents: number | undefined,
  eventsSoFar: number,
  censoredSoFar: number,
  elapsed: number,
): IntervalRun {
  if (totalEvents !== undefined) {
    if (!(Number.isInteger(totalEvents) && totalEvents >= 0)) throw new RangeError(`total events ${totalEvents} is not a whole number ≥ 0`)
    // Events in the interval fall as censorings rise; take the count that best meets the total.
    let best: IntervalRun | null = null
    for (let n = 0; n <= entry.nRisk; n++) {
      const r = runInterval(pts, start, end, n, entry)
      if (!best || Math.abs(eventsSoFar + r.eventCount - totalEvents) < Math.abs(eventsSoFar + best.eventCount - totalEvents)) best = r
      if (eventsSoFar + r.eventCount <= totalEvents) break
    }
    return best!
  }
  const rate = elapsed > 0 ? censoredSoFar / elapsed : 0
  const nCens = Math.min(Math.round(rate * (end - start)), entry.nRisk)
  return runInterval(pts, start, end, nCens, entry)
}
