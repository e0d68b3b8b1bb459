// Waterfall view: one bar per model or animal, largest first, coloured by its category, with reference lines.
import type { Provenance } from '../../domain/schema/provenance'
import type { WaterfallSeries } from '../../domain/schema/series'
import type { Visibility } from '../../domain/selection'
import type { DataTableProps } from '../../ui/DataTable'
import { CSV_COLUMNS, type CsvTable } from '../export/csv'

/** One bar ready to draw. */
export interface WaterfallBarView {
  id: string
  label: string
  value: number
  /** Value as printed, with "~" when illustrative. */
  text: string
  /** Palette index of the bar's category (0 when there are none). */
  colourIndex: number
  category?: string
  emphasised: boolean
  provenance: Provenance
  locator: string
}

/** Everything a WaterfallChart draws. */
export interface WaterfallView {
  yLabel: string
  unit: string
  /** Bars sorted from largest to smallest value. */
  bars: WaterfallBarView[]
  /** Categories in order of first appearance: the legend. */
  categories: string[]
  thresholds: { value: number; label: string; provenance: Provenance }[]
  hiddenIllustrative: number
}

const printed = (v: number, decimals?: number) => (decimals === undefined ? String(Number(v.toPrecision(4))) : v.toFixed(decimals))

/** Builds the drawable waterfall under the toggles and the illustrative switch; ties keep the data order. */
export function waterfallView(series: WaterfallSeries, visibility: readonly Visibility[], hideIllustrative: boolean): WaterfallView {
  const categories = [...new Set(series.bars.flatMap((b) => (b.category ? [b.category] : [])))]
  let hidden = 0
  const bars: WaterfallBarView[] = []
  series.bars.forEach((b, i) => {
    if (visibility[i] === 'hidden') return
    const q = b.value
    if (hideIllustrative && q.provenance === 'illustrative') {
      hidden++
      return
    }
    bars.push({
      id: b.id,
      label: b.label,
      value: q.value,
      text: `${q.provenance === 'illustrative' ? '~' : ''}${q.qualifier ?? ''}${printed(q.value, q.decimals)}`,
      colourIndex: b.category ? categories.indexOf(b.category) : 0,
      ...(b.category ? { category: b.category } : {}),
      emphasised: visibility[i] === 'emphasised',
      provenance: q.provenance,
      locator: q.source.locator,
    })
  })
  bars.sort((a, b) => b.value - a.value)
  return {
    yLabel: `${series.measure} (${series.unit})`,
    unit: series.unit,
    bars,
    categories,
    thresholds: series.thresholds.map((t) => ({ value: t.value.value, label: t.label, provenance: t.value.provenance })),
    hiddenIllustrative: hidden,
  }
}

/** CSV of a waterfall: one row per bar, in drawn order, with its category, provenance and source. */
export function waterfallCsv(view: WaterfallView, study: string, figure: string, chart: string): CsvTable {
  return {
    columns: CSV_COLUMNS,
    rows: view.bars.map((b) => [study, figure, chart, b.label, '', '', b.value, view.unit, '', '', b.provenance, b.locator, b.category ?? '']),
  }
}

/** The "Show as table" view of a waterfall: one row per bar, largest first. */
export function waterfallTable(view: WaterfallView): DataTableProps {
  return {
    label: 'Waterfall values',
    caption: `${view.yLabel}, largest first`,
    columns: ['Model', view.yLabel, 'Category', 'Provenance', 'Source'],
    rows: view.bars.map((b) => ({ key: b.id, header: b.label, cells: [b.text, b.category ?? '—', b.provenance, b.locator] })),
  }
}
