import { useMemo } from 'react'
import { figureGroups } from '../../domain/figure-groups'
import type { Series } from '../../domain/schema/series'
import { FigureGroups } from './FigureGroups'
import { FigureIndex } from './FigureIndex'
import { useFigureHash } from './useFigureHash'
import type { ReactNode } from 'react'

/** Below the story: the figure index beside every series grouped by figure, then `children` (claims, caveats, evidence). */
export function EvidenceSection({ series, children }: { series: readonly Series[]; children: ReactNode }) {
  const groups = useMemo(() => figureGroups(series), [series])
  const { open, setOpen } = useFigureHash(groups)
  return (
    <div className="study-evidence">
      <FigureIndex groups={groups} />
      <div className="study-evidence__main">
        <section aria-labelledby="figures-h">
          <h2 id="figures-h">All figures</h2>
          <FigureGroups groups={groups} open={open} onToggle={setOpen} />
        </section>
        {children}
      </div>
    </div>
  )
}
