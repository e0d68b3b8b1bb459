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

/** A draw waiting for its turn (drawInTurn): tell it when the draw has committed, or cancel it. */
export interface TurnDraw {
  /** The draw has committed: the turn goes on (if this draw held it). */
  committed: () => void
  /** Out of the queue if still waiting; the turn goes on if this draw held it. */
  cancel: () => void
}

/**
 * Runs `apply` (a state update that draws) in its turn, as a transition: React renders it in slices and yields
 * to input between them. The caller reports the commit (or cancels) so the turn is handed on exactly once.
 */
export function drawInTurn(apply: () => void): TurnDraw {
  let alive = true
  let holding = false
  const release = () => {
    if (!holding) return
    holding = false
    endTurn()
  }
  const leave = waitTurn(() => {
    if (!alive) return handOn()
    holding = true
    startTransition(apply)
  })
  return {
    committed: release,
    cancel: () => {
      alive = false
      leave()
      release()
    },
  }
}

/**
 * Whether a chart may draw its plot now. Small charts (`big` false) always may; a big one waits for its turn
 * (a later task) and hands the turn on once its plot has committed. Until then the chart shows a placeholder.
 */
export function usePlotTurn(big: boolean): boolean {
  const [ready, setReady] = useState(!big)
  const turn = useRef<TurnDraw | null>(null)
  // Mount and unmount only: a chart that starts small never waits, and one that has drawn never waits again.
  useEffect(() => {
    if (ready) return
    const draw = drawInTurn(() => setReady(true))
    turn.current = draw
    return draw.cancel
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mount only: `ready` is read once
  }, [])
  useEffect(() => {
    if (ready) turn.current?.committed()
  }, [ready])
  return ready
}
