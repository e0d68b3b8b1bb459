// Simulated two-arm trials and a simulated digitiser, shared by the Guyot round-trip tests.
import type { SurvivalObservation } from './kaplanMeier'
import type { SurvivalPoint } from './survivalCurve'

/** Small seeded PRNG (mulberry32): the same seed always gives the same trial. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One arm: exponential event times with the given median, uniform censoring on (0, maxCensor). */
export function simulateArm(rand: () => number, n: number, median: number, maxCensor: number): SurvivalObservation[] {
  const rate = Math.LN2 / median
  return Array.from({ length: n }, () => {
    const t = -Math.log(1 - rand()) / rate
    const c = rand() * maxCensor
    return t <= c ? { time: t, event: true } : { time: c, event: false }
  })
}

/** Snap to a grid, as reading a pixel does. */
function snap(v: number, step: number): number {
  return Math.round(v / step) * step
}

/** A digitiser clicking both corners of every drop of a step curve, at pixel resolution. */
export function stepCorners(curve: readonly SurvivalPoint[], tStep: number, sStep: number): SurvivalPoint[] {
  const out: SurvivalPoint[] = []
  for (let i = 1; i < curve.length; i++) {
    const prev = curve[i - 1]!
    const p = curve[i]!
    if (p.s === prev.s) continue
    out.push({ t: snap(p.t, tStep), s: snap(prev.s, sStep) }, { t: snap(p.t, tStep), s: snap(p.s, sStep) })
  }
  // The flat tail after the last drop is drawn too, up to the last follow-up time.
  const last = curve[curve.length - 1]!
  out.push({ t: snap(last.t, tStep), s: snap(last.s, sStep) })
  return out
}

/** A colour trace: one point per pixel column, S read at the column's time and snapped to a pixel. */
export function columnTrace(curve: readonly SurvivalPoint[], tStep: number, sStep: number): SurvivalPoint[] {
  const out: SurvivalPoint[] = []
  const end = curve[curve.length - 1]!.t
  let i = 0
  for (let k = 0; k * tStep <= end; k++) {
    const t = k * tStep
    while (i + 1 < curve.length && curve[i + 1]!.t <= t) i++
    out.push({ t, s: snap(curve[i]!.s, sStep) })
  }
  return out
}
