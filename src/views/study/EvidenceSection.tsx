import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { figureGroups } from '../../domain/figure-groups'
import type { Series } from '../../domain/schema/series'
import { QueryPanel } from '../common/QueryPanel'
import { FigureGroups } from './FigureGroups'
import { FigureIndex } from './FigureIndex'
import { useFigureHash } from './useFigureHash'
import { afterNextPaint } from '../common/after-paint'

/** Props of EvidenceSection. */
interface Props {
  series: UseQueryResult<Series[]>
  children: ReactNode
}

/**
 * Below the story: the figure index beside every series grouped by figure, then `children` (claims,
 * caveats, evidence), which show even when the series fail to load. It mounts a frame after the story's data
 * has settled and painted, in a render React can interrupt: committed with the story's first screen, it made that
 * commit (and its layout) one task of ~300 ms at 1× CPU on a big study (issue 16, item 10).
 */
export function EvidenceSection({ series, children }: Props) {
  const shown = useAfterPaint(!series.isPending)
  // The same element while waiting, so the page below the story keeps its place.
  return <div className="study-evidence">{shown && <Sections series={series}>{children}</Sections>}</div>
}

/** True from a task after the first paint that follows `ready`: requestAnimationFrame runs before that paint, the timeout after it. */
function useAfterPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(false)
  useEffect(() => {
    if (!ready || after) return
    return afterNextPaint(() => setAfter(true))
  }, [ready, after])
  return after
}

/** The index, the figure groups and `children`; deep links (#fig-6e, #evidence) are followed once these exist. */
function Sections({ series, children }: Props) {
  const groups = useMemo(() => figureGroups(series.data ?? []), [series.data])
  const { open, setOpen } = useFigureHash(groups)
  return (
    <>
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
    </>
  )
}
