import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { SurvivalChart } from '../../charts/survival/SurvivalChart'
import { survivalView } from '../../charts/survival/model'
import type { SurvivalSeries } from '../../domain/schema/series'
import { visibilities } from '../../domain/selection'
import { useViewStore } from '../../state/store'

/** Selects a survival series' arms with the toggles and hands plain props to the chart. */
export function SurvivalPanel({ series }: { series: SurvivalSeries }) {
  const [tMax, setTMax] = useState<number | undefined>(undefined)
  const sel = useViewStore(useShallow((s) => ({ drugs: s.drugs, conditions: s.conditions })))
  const vis = visibilities(series.arms, sel)
  const key = vis.join()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key captures vis by value, so equal selections keep the same view object
  const view = useMemo(() => survivalView(series, vis, tMax), [series, key, tMax])
  return <SurvivalChart title={series.title} source={`${series.source.study} · ${series.source.locator}`} endpoint={series.endpoint} view={view} note={series.note} onRangeChange={setTMax} />
}
