import { visibilities, type Membership, type Visibility } from '../../domain/selection'
import { useViewStore } from '../../state/store'

/**
 * The toggles as they bear on one chart's groups, selected as a string key so the panel (and its
 * memoised chart) re-renders only when this chart's own visibilities or the illustrative switch change.
 */
export function useGroupSelection(groups: readonly Membership[]): { key: string; visibility: Visibility[]; hideIllustrative: boolean } {
  const key = useViewStore((s) => visibilities(groups, s).join())
  const hideIllustrative = useViewStore((s) => s.hideIllustrative)
  return { key: `${key}|${hideIllustrative}`, visibility: key.split(',') as Visibility[], hideIllustrative }
}
