// Reading landmark survival and medians off a curve given as points, whichever way it was made
// (Kaplan–Meier steps, a digitized published curve, or a smooth model curve).

/** One point of a survival curve: time t and survival probability s. */
export interface SurvivalPoint {
  t: number
  s: number
}

/**
 * How the points join: 'step' = right-continuous Kaplan–Meier steps (S holds at s_i on [t_i, t_{i+1}));
 * 'smooth' = straight lines between points (model curves, digitized smooth traces).
 */
export type CurveKind = 'step' | 'smooth'

// Products of KM factors land a hair off 0.5 (e.g. 0.5000000000000001); treat those as 0.5.
const LEVEL_TOLERANCE = 1e-9

function checkSorted(points: readonly SurvivalPoint[]): void {
  if (points.length === 0) throw new RangeError('a survival curve needs at least one point')
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.t < points[i - 1]!.t) throw new RangeError('survival curve points must be sorted by time')
  }
}

/**
 * Survival at time t read off a curve; null outside [first t, last t], because a curve says
 * nothing before its first or after its last point and a chart must not invent it.
 */
export function survivalAt(points: readonly SurvivalPoint[], kind: CurveKind, t: number): number | null {
  checkSorted(points)
  const first = points[0]!
  const last = points[points.length - 1]!
  if (t < first.t || t > last.t) return null
  // Last point with p.t ≤ t: for steps this is the value in force; several points may share a t
  // (a vertical drop), and the lowest — the last — is the right-continuous value.
  let i = 0
  while (i + 1 < points.length && points[i + 1]!.t <= t) i++
  const p = points[i]!
  if (kind === 'step' || p.t === t || i + 1 >= points.length) return p.s
  const q = points[i + 1]!
  return p.s + ((t - p.t) / (q.t - p.t)) * (q.s - p.s)
}

/** Options for reading a time at a survival level. */
export interface TimeAtSurvivalOptions {
  /**
   * Steps only. 'first' (default): the first time S ≤ level. 'midpoint': when S sits exactly at
   * the level over a stretch, the midpoint of that stretch — R's survfit convention for medians.
   */
  plateau?: 'first' | 'midpoint'
}

/**
 * First time the curve reaches survival `level` (S ≤ level), linearly interpolated for smooth
 * curves; null when the curve never gets that low (e.g. "median not reached").
 */
export function timeAtSurvival(points: readonly SurvivalPoint[], kind: CurveKind, level: number, options: TimeAtSurvivalOptions = {}): number | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`survival level must be in (0, 1), got ${level}`)
  checkSorted(points)
  const i = points.findIndex((p) => p.s <= level + LEVEL_TOLERANCE)
  if (i < 0) return null
  const p = points[i]!
  if (kind === 'step') {
    if (options.plateau !== 'midpoint' || Math.abs(p.s - level) > LEVEL_TOLERANCE) return p.t
    // S = level exactly from p.t until the next drop below it.
    const next = points.slice(i + 1).find((q) => q.s < level - LEVEL_TOLERANCE)
    return next ? (p.t + next.t) / 2 : p.t
  }
  if (i === 0 || Math.abs(p.s - level) <= LEVEL_TOLERANCE) return p.t
  const prev = points[i - 1]!
  return prev.t + ((prev.s - level) / (prev.s - p.s)) * (p.t - prev.t)
}

/** Median survival read off a curve: first time S ≤ 0.5 (see timeAtSurvival); null if not reached. */
export function medianFromCurve(points: readonly SurvivalPoint[], kind: CurveKind, options: TimeAtSurvivalOptions = {}): number | null {
  return timeAtSurvival(points, kind, 0.5, options)
}
