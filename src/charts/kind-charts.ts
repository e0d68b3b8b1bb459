// The six kinds' chart components as one lazily loaded chunk (see chart-code.ts): a study's first screen uses two or
// three kinds, and one request for all of them (about 7 KiB gzip) beats six that queue behind the data's.
export { CorrelationChart } from './correlation/CorrelationChart'
export { DoseResponseChart } from './dose/DoseResponseChart'
export { EndpointChart } from './endpoint/EndpointChart'
export { GrowthChart } from './growth/GrowthChart'
export { SurvivalChart } from './survival/SurvivalChart'
export { WaterfallChart } from './waterfall/WaterfallChart'
