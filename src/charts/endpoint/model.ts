// Endpoint view: one bar (or dot) per group with exact values, error bars and provenance.
import type { Provenance } from '../../domain/schema/provenance'
import type { EndpointSeries } from '../../domain/schema/series'
import type { Visibility } from '../../domain/selection'
import { CSV_COLUMNS, type CsvTable } from '../export/csv'
import { approx } from '../provenance-style'

/** One bar ready to draw. */
export interface EndpointBar {
  id: string
  label: string
  /** Index into the palette: bars of the same model share a colour. */
  colourIndex: number
  emphasised: boolean
  value: number
  qualifier?: string
  /** [below, above] error-bar lengths, when a spread or CI is given. */
  err?: [number, number]
  errText?: string
  /** Value as printed, e.g. "≈12 %", "37.1 %". */
  text: string
  provenance: Provenance
  locator: string
  /** How a derived value was computed. */
  model?: string
}

/** Everything an EndpointChart draws. */
export interface EndpointView {
  measure: string
  unit: string
  /** Axis label, e.g. "colonies, % of vehicle (%)". */
  xLabel: string
  bars: EndpointBar[]
  /** Colour groups: label per palette index (model ids), when there is more than one. */
  colourGroups: string[]
  hiddenIllustrative: number
}

const printed = (v: number, decimals?: number) => (decimals === undefined ? String(Number(v.toPrecision(6))) : v.toFixed(decimals))

/** Builds the drawable view of an endpoint series under the toggles and the illustrative switch. */
export function endpointView(series: EndpointSeries, visibility: readonly Visibility[], hideIllustrative: boolean): EndpointView {
  const models = [...new Set(series.groups.map((g) => g.model ?? ''))]
  const byModel = models.length > 1
  let hidden = 0
  const bars: EndpointBar[] = []
  series.groups.forEach((g, i) => {
    if (visibility[i] === 'hidden') return
    const q = g.value
    if (hideIllustrative && q.provenance === 'illustrative') {
      hidden++
      return
    }
    let err: [number, number] | undefined
    let errText: string | undefined
    if (q.ci) {
      err = [q.value - q.ci.lower, q.ci.upper - q.value]
      errText = `${Math.round(q.ci.level * 100)}% CI ${printed(q.ci.lower, q.decimals)} to ${printed(q.ci.upper, q.decimals)}`
    } else if (q.spread) {
      err = [q.spread.value, q.spread.value]
      errText = `± ${printed(q.spread.value, q.decimals)} (${q.spread.kind.toUpperCase()})`
    }
    const unit = q.unit === series.unit ? (q.unit === '%' ? ' %' : '') : ` ${q.unit}`
    bars.push({
      id: g.id,
      label: g.label,
      colourIndex: byModel ? models.indexOf(g.model ?? '') : 0,
      emphasised: visibility[i] === 'emphasised',
      value: q.value,
      ...(q.qualifier ? { qualifier: q.qualifier } : {}),
      ...(err ? { err, errText: errText! } : {}),
      text: `${q.qualifier ?? ''}${approx(q.provenance)}${printed(q.value, q.decimals)}${unit}${q.n ? ` (n = ${q.n})` : ''}`,
      provenance: q.provenance,
      locator: q.source.locator,
      ...(q.derivation ? { model: `${q.derivation.model} (from ${q.derivation.inputs.join(', ')})` } : {}),
    })
  })
  return {
    measure: series.measure,
    unit: series.unit,
    xLabel: series.unit && !series.measure.includes(`(${series.unit})`) ? `${series.measure} (${series.unit})` : series.measure,
    bars,
    colourGroups: byModel ? models : [],
    hiddenIllustrative: hidden,
  }
}

/** CSV of an endpoint view: one row per bar with value, qualifier, spread, provenance and source. */
export function endpointCsv(view: EndpointView, study: string, figure: string, chart: string): CsvTable {
  return {
    columns: CSV_COLUMNS,
    rows: view.bars.map((b) => [
      study,
      figure,
      chart,
      b.label,
      '',
      '',
      b.value,
      view.unit,
      b.qualifier ?? '',
      b.errText ?? '',
      b.provenance,
      b.locator,
      b.model ?? '',
    ]),
  }
}
