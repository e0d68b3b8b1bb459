import type { Series } from '../domain/schema/series'
import type { KindWords } from './kind'

/** "mo2022 · Fig. 3B": the source line every chart panel shows. */
export const sourceLabel = (series: Pick<Series, 'source'>) => `${series.source.study} · ${series.source.locator}`

/**
 * Why a chart panel shows no plot: every mark is illustrative and the switch hides them,
 * or no group matches the toggles. `words` name what this kind of chart draws.
 */
export function hiddenReason({ marks, groups }: KindWords, illustrativeHidden: boolean): string {
  return illustrativeHidden
    ? `Every ${marks} of this figure is illustrative (not measured) and the "hide illustrative" switch is on.`
    : `No ${groups} matches the current drug and condition toggles.`
}
