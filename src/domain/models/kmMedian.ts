// Median survival with its 95 % CI from a Kaplan–Meier fit, the way R's survfit prints it.
import type { KmFit } from './kaplanMeier'
import { medianFromCurve, type SurvivalPoint } from './survivalCurve'

/** Median and 95 % CI (R's 0.95LCL / 0.95UCL); null = not reached. */
export interface MedianWithCi {
  median: number | null
  lower: number | null
  upper: number | null
}

function band(fit: KmFit, side: 'lower' | 'upper'): SurvivalPoint[] {
  const pts: SurvivalPoint[] = [{ t: 0, s: 1 }]
  for (const st of fit.steps) {
    const v = st[side]
    // Where the band is undefined (S = 0) it says nothing, so it cannot cross 0.5 there.
    if (v === null) break
    pts.push({ t: st.t, s: v })
  }
  return pts
}

/**
 * The median is where S first reaches 0.5; its CI limits are where the lower and upper confidence
 * curves reach 0.5 (on the fit's conf type, R's default 'log'). A flat stretch exactly at 0.5 gives
 * its midpoint, as in R.
 */
export function medianWithCi(fit: KmFit): MedianWithCi {
  const opts = { plateau: 'midpoint' } as const
  return {
    median: medianFromCurve(fit.curve, 'step', opts),
    lower: medianFromCurve(band(fit, 'lower'), 'step', opts),
    upper: medianFromCurve(band(fit, 'upper'), 'step', opts),
  }
}
