// Big charts take turns to draw: each mounts its plot in a task of its own, after the one before has drawn, so
// opening a figure group of several big series never blocks the page for the sum of them all (issue 16, item 10).
import { startTransition, useEffect, useRef, useState } from 'react'

/** Charts waiting for their turn, in mount order. */
const queue: (() => void)[] = []
/** Whether a turn is out (granted and not yet handed on). */
let busy = false

/** Gives the next waiting chart its turn, or frees the queue. */
function handOn() {
  const go = queue.shift()
  if (go) go()
  else busy = false
}

/**
 * Queues `go` for a turn of its own (a later task, after every earlier turn has been handed on); returns a function
 * that takes it out of the queue if it has not had its turn. Whoever gets the turn must hand it on with endTurn.
 */
export function waitTurn(go: () => void): () => void {
  queue.push(go)
  if (!busy) {
    busy = true
    setTimeout(handOn, 0)
  }
  return () => {
    const i = queue.indexOf(go)
    if (i >= 0) queue.splice(i, 1)
  }
}

/** Hands the turn on to the next waiting chart, in a task of its own. */
export function endTurn() {
  setTimeout(handOn, 0)
}

/**
 * Whether a chart may draw its plot now. Small charts (`big` false) always may; a big one waits for its turn
 * (a later task) and hands the turn on once its plot has committed. Until then the chart shows a placeholder.
 */
export function usePlotTurn(big: boolean): boolean {
  const [ready, setReady] = useState(!big)
  /** Where this chart is in the queue: waiting, holding the turn (granted, not yet drawn), or done. */
  const turn = useRef<'waiting' | 'granted' | 'done'>(big ? 'waiting' : 'done')
  // Mount and unmount only: a chart that starts small never waits, and one that has drawn never waits again.
  useEffect(() => {
    if (turn.current !== 'waiting') return
    let alive = true
    const go = () => {
      if (!alive) return handOn()
      turn.current = 'granted'
      // A transition: React renders the plot in slices and yields to input between them.
      startTransition(() => setReady(true))
    }
    const cancel = waitTurn(go)
    return () => {
      alive = false
      cancel()
      // Unmounted holding the turn, before it drew: nobody else would hand it on.
      if (turn.current === 'granted') {
        turn.current = 'waiting'
        endTurn()
      }
    }
  }, [])
  useEffect(() => {
    if (ready && turn.current === 'granted') {
      turn.current = 'done'
      endTurn()
    }
  }, [ready])
  return ready
}
