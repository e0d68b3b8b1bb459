import { useEffect, useState } from 'react'
import { afterNextPaint } from '../common/after-paint'
import { sameSet } from './same-set'

/** At most this many steps' figures stay mounted: the current one, its neighbours, and the one left last. */
const KEEP = 4

/**
 * The steps whose figures are mounted: the current one at once, and (after it has painted, in a
 * background render) the one before and the one after, so Next and Previous only have to show them. A step
 * left behind stays mounted (the nearest KEEP), so stepping back and forth unmounts and redraws nothing.
 */
export function useWarmSteps(index: number, count: number): number[] {
  const [warm, setWarm] = useState<readonly number[]>([])
  useEffect(() => {
    const near = [index, index + 1, index - 1].filter((i) => i >= 0 && i < count)
    const keep = (prev: readonly number[]) => {
      const next = [...new Set([...near, ...prev.filter((i) => i < count).sort((a, b) => Math.abs(a - index) - Math.abs(b - index))])].slice(0, KEEP)
      // The same steps (stepping back and forth among them): the old array, so the view does not render again.
      return sameSet(next, prev) ? prev : next
    }
    // After the frame that shows the step.
    return afterNextPaint(() => setWarm(keep))
  }, [index, count])
  return [...new Set([...warm, index])].filter((i) => i < count).sort((a, b) => a - b)
}
