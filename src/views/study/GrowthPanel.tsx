import { useMemo, useState } from 'react'
import { GrowthChart } from '../../charts/growth/GrowthChart'
import { growthView, type GrowthOptions } from '../../charts/growth/model'
import { HiddenFigure } from '../../charts/HiddenFigure'
import type { GrowthSeries } from '../../domain/schema/series'
import { useGroupSelection } from './useGroupSelection'
import { hiddenReason, sourceLabel } from './hidden-reason'

/** Selects a growth series' arms with the toggles and the illustrative switch; hands plain props to the chart. */
export function GrowthPanel({ series }: { series: GrowthSeries }) {
  const [opts, setOpts] = useState<GrowthOptions>({ relative: false, logScale: false })
  const { key, visibility, hideIllustrative } = useGroupSelection(series.arms, series.source.study)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds visibility and the switch by value
  const view = useMemo(() => growthView(series, visibility, hideIllustrative, opts), [series, key, opts])
  const source = sourceLabel(series)
  if (!view.arms.length)
    return (
      <HiddenFigure
        title={series.title}
        source={source}
        reason={
          <>
            {hiddenReason('curve', 'arm', hideIllustrative && view.hiddenIllustrative > 0)}
            {view.orphanTgi.map((t) => ` Reported: ${t.arm}, ${t.text}.`).join('')}
          </>
        }
      />
    )
  return <GrowthChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={`${series.source.study}-${series.id}`} view={view} note={series.note} onOptionsChange={setOpts} />
}
