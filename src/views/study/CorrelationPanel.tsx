import { useMemo } from 'react'
import { CorrelationChart } from '../../charts/correlation/CorrelationChart'
import { correlationView } from '../../charts/correlation/model'
import { HiddenFigure } from '../../charts/HiddenFigure'
import type { CorrelationSeries } from '../../domain/schema/series'
import { useViewStore } from '../../state/store'

/** A correlation has no toggle groups: only the illustrative switch changes it. */
export function CorrelationPanel({ series }: { series: CorrelationSeries }) {
  const hideIllustrative = useViewStore((s) => s.hideIllustrative)
  const view = useMemo(() => correlationView(series, hideIllustrative), [series, hideIllustrative])
  const source = `${series.source.study} · ${series.source.locator}`
  if (!view.points.length)
    return <HiddenFigure title={series.title} source={source} reason={`Every point of this scatter is illustrative (not measured) and the "hide illustrative" switch is on.${view.reported ? ` Reported: ${view.reported.text}.` : ''}`} />
  return <CorrelationChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={`${series.source.study}-${series.id}`} view={view} note={series.note} />
}
