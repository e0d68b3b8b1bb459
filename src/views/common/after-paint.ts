import { startTransition } from 'react'

/**
 * Runs `update` in a task after the next paint, as a transition (requestAnimationFrame runs before the paint, the
 * timeout after it): work that must not hold back the frame showing what just changed. Returns a cancel.
 */
export function afterNextPaint(update: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => startTransition(update))
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
