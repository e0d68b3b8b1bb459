import { useMemo } from 'react'
import { useStudyFile } from '../../api/study-files'
import { baselineConditions, visibilities, type Membership, type Visibility } from '../../domain/selection'
import { useViewStore } from '../../state/store'

const NONE: ReadonlySet<string> = new Set()

/**
 * The toggles as they bear on one chart's groups, selected as a string key so the panel (and its
 * memoised chart) re-renders only when this chart's own visibilities or the illustrative switch change.
 * The study's baseline conditions (controls, parental, wild type) stay shown as the comparator.
 */
export function useGroupSelection(groups: readonly Membership[], study: string): { key: string; visibility: Visibility[]; hideIllustrative: boolean } {
  // Already cached by the view that shows the series; until it arrives every condition counts as an effect.
  const conditions = useStudyFile(study, 'study.json').data?.conditions
  const baselines = useMemo(() => (conditions ? baselineConditions(conditions) : NONE), [conditions])
  const key = useViewStore((s) => visibilities(groups, s, baselines).join())
  const hideIllustrative = useViewStore((s) => s.hideIllustrative)
  return { key: `${key}|${hideIllustrative}`, visibility: key.split(',') as Visibility[], hideIllustrative }
}
