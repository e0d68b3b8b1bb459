import { useMemo } from 'react'
import { EndpointChart } from '../../charts/endpoint/EndpointChart'
import { endpointView } from '../../charts/endpoint/model'
import { HiddenFigure } from '../../charts/HiddenFigure'
import type { EndpointSeries } from '../../domain/schema/series'
import { useGroupSelection } from './useGroupSelection'

/** Selects an endpoint series' groups with the toggles and the illustrative switch; hands plain props to the chart. */
export function EndpointPanel({ series }: { series: EndpointSeries }) {
  const { key, visibility, hideIllustrative } = useGroupSelection(series.groups)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds visibility and the switch by value
  const view = useMemo(() => endpointView(series, visibility, hideIllustrative), [series, key])
  const source = `${series.source.study} · ${series.source.locator}`
  if (!view.bars.length)
    return <HiddenFigure title={series.title} source={source} reason={hideIllustrative && view.hiddenIllustrative ? 'Every bar of this figure is illustrative (not measured) and the "hide illustrative" switch is on.' : 'No group matches the current drug and condition toggles.'} />
  return <EndpointChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={`${series.source.study}-${series.id}`} view={view} note={series.note} />
}
