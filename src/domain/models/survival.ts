/** Exponential survival from a median: S(t) = 2^(−t/median), i.e. constant hazard ln2/median. */
export function exponentialSurvival(median: number, t: number): number {
  if (!(median > 0)) throw new RangeError(`median must be positive, got ${median}`)
  if (t < 0) throw new RangeError(`time must be non-negative, got ${t}`)
  return Math.pow(2, -t / median)
}

/** Points of an exponential survival curve from 0 to tMax. */
export function exponentialCurve(median: number, tMax: number, steps = 60): { t: number; s: number }[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = (tMax * i) / steps
    return { t, s: exponentialSurvival(median, t) }
  })
}

/**
 * Hazard ratio of arm A against reference B implied by their medians under exponential survival:
 * HR = λA/λB = median(B)/median(A).
 */
export function hazardRatioFromMedians(medianArm: number, medianReference: number): number {
  if (!(medianArm > 0 && medianReference > 0)) throw new RangeError('medians must be positive')
  return medianReference / medianArm
}
