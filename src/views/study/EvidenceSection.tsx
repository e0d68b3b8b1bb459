import { useMemo, type ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { figureGroups } from '../../domain/figure-groups'
import type { Series } from '../../domain/schema/series'
import { QueryPanel } from '../common/QueryPanel'
import { FigureGroups } from './FigureGroups'
import { FigureIndex } from './FigureIndex'
import { useFigureHash } from './useFigureHash'

/**
 * Below the story: the figure index beside every series grouped by figure, then `children` (claims,
 * caveats, evidence), which show even when the series fail to load.
 */
export function EvidenceSection({ series, children }: { series: UseQueryResult<Series[]>; children: ReactNode }) {
  const groups = useMemo(() => figureGroups(series.data ?? []), [series.data])
  const { open, setOpen } = useFigureHash(groups)
  return (
    <div className="study-evidence">
      <FigureIndex groups={groups} />
      <div className="study-evidence__main">
        <section aria-labelledby="figures-h">
          <h2 id="figures-h">All figures</h2>
          <QueryPanel label="Figure data" query={series}>
            {() => <FigureGroups groups={groups} open={open} onToggle={setOpen} />}
          </QueryPanel>
        </section>
        {children}
      </div>
    </div>
  )
}
