import { useSyncExternalStore } from 'react'
import { pickView, useViewStore } from './store'
import { currentSearch, withUrlParams } from './url-sync'
import type { Selection } from '../domain/selection'

// The Study view's current step lives in the URL (?step=<id>) beside the toggles, so a link opens
// the same step. url-codec keeps it as a pass-through parameter; this module owns it.

const EVENT = 'study-step-change'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(EVENT, onChange)
  }
}

// The pending address, not the written one: the URL sync writes a step's entry after its first paint.
const stepIn = (win: Window) => new URLSearchParams(currentSearch(win)).get('step')
const read = () => stepIn(window)

/** The ?step= parameter (null when absent); re-renders on back/forward and on goToStep. */
export function useStepParam(): string | null {
  return useSyncExternalStore(subscribe, read, () => null)
}

/**
 * Moves to a step in one history entry: the step id and its drugs and conditions together, so Back
 * returns to the previous step with its own selection.
 */
export function goToStep(stepId: string, selection: Selection, win: Window = window) {
  const s = useViewStore.getState()
  // One store update whose entry carries the step too: the URL sync writes one history entry (a push and a
  // replace cost about 30 ms at 4× CPU on every step).
  withUrlParams({ step: stepId }, () => s.replaceView({ ...pickView(s), drugs: [...selection.drugs], conditions: [...selection.conditions] }))
  // Without a running sync (or when nothing changed), the step still needs its own entry.
  if (stepIn(win) !== stepId) {
    const params = new URLSearchParams(win.location.search)
    params.set('step', stepId)
    win.history.pushState(win.history.state, '', `${win.location.pathname}?${params.toString().replace(/%2C/g, ',')}${win.location.hash}`)
  }
  win.dispatchEvent(new Event(EVENT))
}

/** Sets drugs and conditions in one move without changing the step (the rescue control). */
export function applySelection(selection: Selection) {
  const s = useViewStore.getState()
  s.replaceView({ ...pickView(s), drugs: [...selection.drugs], conditions: [...selection.conditions] })
}
