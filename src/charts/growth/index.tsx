import type { GrowthSeries } from '../../domain/schema/series'
import { hiddenText, sentences, thinnedText } from '../figure-text'
import { chartCode, lazyChart } from '../chart-code'
import { frameOf, type ChartKind } from '../kind'
import { growthCsv, growthView, type GrowthOptions, type GrowthView } from './model'

// The chart itself loads on first use (see chart-code.ts); the view model above stays eager.
const GrowthChart = lazyChart(chartCode.growth)

/** Tumour growth: the reader switches linear/log and absolute/relative. */
export const growthChart: ChartKind<GrowthSeries, GrowthView, GrowthOptions> = {
  defaultOptions: { relative: false, logScale: false },
  optionTokens: {
    write: (o) => [...(o.logScale ? ['log'] : []), ...(o.relative ? ['rel'] : [])],
    read: (tokens) => ({ logScale: tokens.includes('log'), relative: tokens.includes('rel') }),
  },
  view: (s, visibility, hide, opts) => growthView(s, visibility, hide, opts),
  drawn: (v) => v.arms.length,
  hiddenIllustrative: (v) => v.hiddenIllustrative,
  emptyNote: (v) => v.orphanTgi.map((t) => `Reported: ${t.arm}, ${t.text}.`).join(' '),
  words: { marks: 'curve', groups: 'arm' },
  csv: (v, m) => growthCsv(v, m.study, m.figure, m.title),
  exportText: (v, s) => ({
    legend: v.arms.map((a) => ({ label: a.label, colour: a.colour, provenance: a.provenance, detail: a.tgi && `${a.tgi.text} (${a.tgi.provenance})` })),
    caption: sentences(
      s.note,
      ...v.orphanTgi.map((t) => `${t.arm}: ${t.text} (${t.provenance}).`),
      v.dosing && `Shaded: dosing, days ${v.dosing.start}–${v.dosing.end}.`,
      hiddenText(v.hiddenIllustrative, 'points'),
      thinnedText(v.thinned),
    ),
  }),
  Chart: ({ series, view, onOptionsChange }) => <GrowthChart {...frameOf(series)} view={view} onOptionsChange={onOptionsChange} />,
}
