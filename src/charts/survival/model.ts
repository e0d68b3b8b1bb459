import { exponentialCurve, hazardRatioFromMedians } from '../../domain/models/survival'
import type { Provenance, Quantity } from '../../domain/schema/provenance'
import type { SurvivalSeries } from '../../domain/schema/series'
import type { Visibility } from '../../domain/selection'
import { weakest } from '../../domain/models/provenance'
import { colourAt } from '../palette'

/** One arm ready to draw. */
export interface SurvivalArmView {
  id: string
  label: string
  colour: string
  emphasised: boolean
  /** Curve points, t in timeUnit, s in 0–1. */
  curve: { t: number; s: number }[]
  /** Provenance of the curve (weakest of its inputs and model). */
  curveProvenance: Provenance
  /** Plain-words description of how the curve was made. */
  curveModel: string
  /** The reported median drawn as its own mark. */
  median?: { value: number; provenance: Provenance; locator: string }
  n?: { value: number; provenance: Provenance }
}

/** A survival chart's data, independent of the renderer. */
export interface SurvivalView {
  timeUnit: string
  tMax: number
  arms: SurvivalArmView[]
  hazardRatio?: Quantity
  /** HR implied by the medians under the exponential model, when both medians exist. */
  impliedHr?: { value: number; model: string }
  comparisonLabel?: string
}

const fmt = (x: number) => String(Math.round(x * 100) / 100)

/** Builds drawable arms from a series: exponential curves between reported medians, or the given points. */
export function survivalView(series: SurvivalSeries, visibility: readonly Visibility[], tMax?: number): SurvivalView {
  const medians = series.arms.map((a) => a.median?.value ?? 0)
  const horizon = tMax ?? Math.max(12, Math.ceil((Math.max(...medians) * 2.2) / 6) * 6)
  const arms: SurvivalArmView[] = []
  series.arms.forEach((arm, i) => {
    if (visibility[i] === 'hidden') return
    const base = { id: arm.id, label: arm.label, colour: colourAt(i), emphasised: visibility[i] === 'emphasised' }
    const median = arm.median && { value: arm.median.value, provenance: arm.median.provenance, locator: arm.median.source.locator }
    const n = arm.n && { value: arm.n.value, provenance: arm.n.provenance }
    if (arm.points?.length) {
      const curve = arm.points.map((p) => ({ t: p.x, s: p.y }))
      arms.push({ ...base, curve, curveProvenance: weakest(arm.points.map((p) => p.provenance)), curveModel: 'Points as given in the data', median, n })
    } else if (arm.median) {
      const m = arm.median.value
      arms.push({
        ...base,
        curve: exponentialCurve(m, horizon, 120),
        curveProvenance: weakest([arm.median.provenance, 'derived']),
        curveModel: `Exponential model S(t) = 2^(−t/${fmt(m)}), from the ${arm.median.provenance} median of ${fmt(m)} ${series.timeUnit} (${arm.median.source.locator})`,
        median,
        n,
      })
    }
  })
  const view: SurvivalView = { timeUnit: series.timeUnit, tMax: horizon, arms }
  if (series.hazardRatio) view.hazardRatio = series.hazardRatio
  const cmp = series.comparison
  const a = cmp && series.arms.find((x) => x.id === cmp.arm)
  const b = cmp && series.arms.find((x) => x.id === cmp.reference)
  if (a && b) {
    view.comparisonLabel = `${a.label} vs ${b.label}`
    if (a.median && b.median)
      view.impliedHr = {
        value: hazardRatioFromMedians(a.median.value, b.median.value),
        model: `exponential model: HR = ${fmt(b.median.value)} / ${fmt(a.median.value)}`,
      }
  }
  return view
}
