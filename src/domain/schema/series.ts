// The series schemas live with their kinds in src/domain/series; this module keeps the schema folder's one import path.
export { CorrelationSeries, DoseResponseSeries, EndpointSeries, GrowthSeries, Series, SeriesList, SurvivalSeries, WaterfallSeries } from '../series'
export type { SeriesKind, SeriesOf } from '../series'
