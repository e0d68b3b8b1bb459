// Small fixed data sets, one per chart kind, shared by the component, export and golden tests. Each is parsed by
// its schema, so its ids are the branded ids the app reads from the data files.
import type { StudyContext } from '../domain/resistance-pairs'
import { CorrelationSeries, DoseResponseSeries, EndpointSeries, GrowthSeries, SurvivalSeries, WaterfallSeries } from '../domain/schema/series'
import { ConditionId, ModelId } from '../domain/schema/ids'

const src = (locator: string) => ({ study: 'demo2024', locator })
const rep = (value: number, unit: string, locator: string, extra: object = {}) => ({
  value,
  unit,
  provenance: 'reported' as const,
  source: src(locator),
  ...extra,
})
const ill = (value: number, unit: string, locator: string) => ({ value, unit, provenance: 'illustrative' as const, source: src(locator) })
const pt = (x: number, y: number, provenance: 'reported' | 'illustrative', locator: string, extra: object = {}) => ({
  x,
  y,
  provenance,
  source: src(locator),
  ...extra,
})

/** Two KM arms from subject times (one with censoring), a reported HR. */
export const SURVIVAL = SurvivalSeries.parse({
  id: 'os',
  kind: 'survival',
  title: 'Overall survival by marker',
  source: src('Fig. 1A'),
  endpoint: 'OS',
  timeUnit: 'months',
  arms: [
    {
      id: 'hi',
      label: 'Marker high',
      agents: [],
      condition: 'high',
      subjects: [2, 4, 4, 6, 8, 10].map((t, i) => ({ time: rep(t, 'months', 'Table S1'), event: i !== 2 })),
    },
    {
      id: 'lo',
      label: 'Marker low',
      agents: [],
      condition: 'low',
      subjects: [3, 6, 9, 12, 14, 18].map((t, i) => ({ time: rep(t, 'months', 'Table S1'), event: i % 2 === 0 })),
    },
  ],
  hazardRatio: rep(2.5, 'ratio', 'Fig. 1A', { ci: { lower: 1.1, upper: 5.6, level: 0.95 }, p: { relation: '=', value: 0.03 }, decimals: 1 }),
  comparison: { arm: 'hi', reference: 'lo' },
})

/** The models and conditions behind DOSE: abc-r was derived from abc and is resistant. */
export const DOSE_CONTEXT: StudyContext = {
  models: [{ id: ModelId.parse('abc') }, { id: ModelId.parse('abc-r'), parent: ModelId.parse('abc') }],
  conditions: [
    { id: ConditionId.parse('parental'), kind: 'parental' },
    { id: ConditionId.parse('resistant'), kind: 'resistant' },
  ],
}

/** A parental/resistant pair: reported IC50 and points with SD for the parental line; the resistant IC50 lies past the top dose. */
export const DOSE = DoseResponseSeries.parse({
  id: 'dr',
  kind: 'dose-response',
  title: 'Drug X in parental and resistant cells',
  source: src('Fig. 2B'),
  agent: 'drug-x',
  doseUnit: 'nM',
  response: 'viability (% of untreated)',
  curves: [
    {
      id: 'p',
      label: 'Parental',
      model: 'abc',
      condition: 'parental',
      agents: ['drug-x'],
      ic50: rep(10, 'nM', 'Fig. 2B'),
      hillSlope: rep(1, 'ratio', 'Fig. 2B'),
      points: [1, 10, 100, 1000].map((d, i) => pt(d, [90, 50, 12, 5][i]!, 'reported', 'Fig. 2B', { spread: { kind: 'sd', value: 4 } })),
    },
    {
      id: 'r',
      label: 'Resistant',
      model: 'abc-r',
      condition: 'resistant',
      agents: ['drug-x'],
      ic50: rep(5000, 'nM', 'Fig. 2B'),
      points: [1, 10, 100, 1000].map((d, i) => pt(d, [100, 96, 85, 70][i]!, 'illustrative', 'Fig. 2B')),
    },
  ],
})

/** Control and treated arms, dosing window, reported TGI. */
export const GROWTH = GrowthSeries.parse({
  id: 'xeno',
  kind: 'growth',
  title: 'Xenograft growth on drug X',
  source: src('Fig. 3C'),
  measure: 'volume',
  unit: 'mm³',
  dosing: { start: rep(0, 'day', 'Methods'), end: rep(14, 'day', 'Methods') },
  control: 'veh',
  arms: [
    {
      id: 'veh',
      label: 'Vehicle',
      agents: [],
      points: [0, 7, 14].map((d, i) => pt(d, [100, 200, 400][i]!, 'reported', 'Fig. 3C', { spread: { kind: 'sem', value: 20 } })),
    },
    {
      id: 'x',
      label: 'Drug X',
      agents: ['drug-x'],
      points: [0, 7, 14].map((d, i) => pt(d, [100, 130, 160][i]!, 'illustrative', 'Fig. 3C')),
      tgi: rep(80, '%', 'Results'),
      tgiDay: rep(14, 'day', 'Results'),
    },
  ],
})

/** One reported bar with SD, one illustrative bar. */
export const ENDPOINT = EndpointSeries.parse({
  id: 'col',
  kind: 'endpoint',
  title: 'Colony formation on drug X',
  source: src('Fig. 4D'),
  endpoint: 'colony formation',
  measure: 'colonies, % of vehicle',
  unit: '%',
  groups: [
    { id: 'a', label: 'Parental + drug X', agents: ['drug-x'], value: rep(30, '%', 'Fig. 4D', { spread: { kind: 'sd', value: 5 }, n: 3 }) },
    { id: 'b', label: 'Resistant + drug X', agents: ['drug-x'], value: ill(85, '%', 'Fig. 4D') },
  ],
})

/** Five illustrative points and a reported r. */
export const CORRELATION = CorrelationSeries.parse({
  id: 'cor',
  kind: 'correlation',
  title: 'Marker A tracks marker B',
  source: src('Fig. 5E'),
  xLabel: 'Marker A (a.u.)',
  yLabel: 'Marker B (a.u.)',
  r: rep(0.8, 'ratio', 'Fig. 5E', { p: { relation: '<', value: 0.01 } }),
  points: [
    [1, 2],
    [2, 2.5],
    [3, 4],
    [4, 4.2],
    [5, 6],
  ].map(([x, y]) => pt(x!, y!, 'illustrative', 'Fig. 5E')),
})

/** Per-animal change from day 0, one illustrative bar, a reported threshold line. */
export const WATERFALL = WaterfallSeries.parse({
  id: 'wf',
  kind: 'waterfall',
  title: 'Change in tumour volume per animal',
  source: src('Fig. 4A'),
  measure: 'change in volume from day 0',
  unit: '%',
  thresholds: [{ value: rep(-30, '%', 'Methods'), label: 'partial response' }],
  bars: [
    { id: 'm1', label: 'Mouse 1', agents: ['x'], value: rep(-40, '%', 'Fig. 4A'), category: 'treated' },
    { id: 'm2', label: 'Mouse 2', agents: [], value: rep(55, '%', 'Fig. 4A'), category: 'vehicle' },
    { id: 'm3', label: 'Mouse 3', agents: ['x'], value: ill(10, '%', 'Fig. 4A'), category: 'treated' },
  ],
})
