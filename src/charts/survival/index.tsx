import { num, quantityText } from '../../domain/format'
import type { SurvivalSeries } from '../../domain/schema/series'
import { hiddenText, sentences, thinnedText } from '../figure-text'
import { chartCode, lazyChart } from '../chart-code'
import { frameOf, type ChartKind } from '../kind'
import { survivalCsv, survivalView, type SurvivalView } from './model'

// The chart itself loads on first use (see chart-code.ts); the view model above stays eager.
const SurvivalChart = lazyChart(chartCode.survival)

/** Survival: the reader sets the time-axis maximum (undefined: all the data). */
export const survivalChart: ChartKind<SurvivalSeries, SurvivalView, number | undefined> = {
  defaultOptions: undefined,
  optionTokens: {
    write: (tMax) => (tMax === undefined ? [] : [`t${tMax}`]),
    read: (tokens) => {
      const t = tokens.map((x) => /^t(\d{1,4})$/.exec(x)?.[1]).find(Boolean)
      return t === undefined ? undefined : Number(t)
    },
  },
  view: (s, visibility, hide, tMax) => survivalView(s, visibility, tMax, hide),
  drawn: (v) => v.arms.length,
  hiddenIllustrative: (v) => v.hiddenIllustrative,
  emptyNote: (_v, s) => (s.hazardRatio ? `Reported: HR ${quantityText(s.hazardRatio)}.` : ''),
  words: { marks: 'curve', groups: 'arm' },
  csv: (v, m) => survivalCsv(v, m.study, m.figure, m.title),
  exportText: (v, s) => ({
    legend: v.arms.map((a) => ({
      label: a.label,
      colour: a.colour,
      provenance: a.curveProvenance,
      detail: sentences(a.median && `median ${num(a.median.value)} ${v.timeUnit} (${a.median.provenance})`, a.n && `n = ${a.n.value}`),
    })),
    caption: sentences(
      s.note,
      v.hazardRatio &&
        `${v.comparisonLabel ? `${v.comparisonLabel}: ` : ''}HR ${quantityText(v.hazardRatio)} (${v.hazardRatio.provenance}, ${v.hazardRatio.source.locator}).`,
      v.impliedHr && `The medians imply HR ${num(v.impliedHr.value, 1)} under an exponential model (derived).`,
      v.logRank && `${v.logRank.label}: log-rank P = ${v.logRank.p < 0.0001 ? '< 0.0001' : num(v.logRank.p, 4)} from the subject times (derived).`,
      hiddenText(v.hiddenIllustrative, 'curves'),
      thinnedText(v.thinned),
    ),
  }),
  Chart: ({ series, view, onOptionsChange }) => <SurvivalChart {...frameOf(series)} endpoint={series.endpoint} view={view} onRangeChange={onOptionsChange} />,
}
