import { startTransition, useEffect, useState } from 'react'

/**
 * The steps whose figures are mounted: the current one at once, and (after it has painted, in a
 * background render) the one before and the one after, so Next and Previous only have to show them. The
 * step left behind stays mounted until then, so a step change unmounts nothing in the click's own frame.
 */
export function useWarmSteps(index: number, count: number): number[] {
  const [warm, setWarm] = useState<readonly number[]>([])
  useEffect(() => {
    // After the frame that shows the step: requestAnimationFrame runs before it, the timeout after it.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setWarm([index - 1, index, index + 1].filter((i) => i >= 0 && i < count))))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [index, count])
  return [...new Set([...warm, index])].filter((i) => i < count).sort((a, b) => a - b)
}
