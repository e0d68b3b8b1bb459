import { useMemo } from 'react'
import { baselineConditions, visibilities, type Membership, type Visibility } from '../../domain/selection'
import { useViewStore } from '../../state/store'
import { useSelectionOverride } from './selection-override'
import { useStudyContext } from './study-context'

/**
 * The toggles as they bear on one chart's groups, selected as a string key so the panel (and its
 * memoised chart) re-renders only when this chart's own visibilities or the illustrative switch change.
 * The baseline conditions (controls, parental, wild type) of the studies on screen stay shown as the comparator.
 */
export function useGroupSelection(groups: readonly Membership[]): { key: string; visibility: Visibility[]; hideIllustrative: boolean } {
  const { conditions } = useStudyContext()
  const baselines = useMemo(() => baselineConditions(conditions), [conditions])
  const fixed = useSelectionOverride()
  const key = useViewStore((s) => visibilities(groups, fixed ?? s, baselines).join())
  const hideIllustrative = useViewStore((s) => s.hideIllustrative)
  return { key: `${key}|${hideIllustrative}`, visibility: key.split(',') as Visibility[], hideIllustrative }
}
