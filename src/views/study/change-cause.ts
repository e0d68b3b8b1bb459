import { createContext, useContext, useEffect, useRef, useState } from 'react'
import type { ViewStore } from '../../state/store'

/**
 * The words of the last toggle change ("palbociclib on, everolimus on"), read by every figure's change mark.
 * Empty until the first change after the view opened: the opening selection is not a change to mark.
 */
export interface ChangeCause {
  current: string
}

/** Names the toggles that differ between two store states, with the given names for drugs and conditions. */
export function describeChange(
  prev: Pick<ViewStore, 'drugs' | 'conditions' | 'hideIllustrative'>,
  next: Pick<ViewStore, 'drugs' | 'conditions' | 'hideIllustrative'>,
  name: (id: string) => string,
): string {
  const diff = (a: readonly string[], b: readonly string[]) => [
    ...b.filter((x) => !a.includes(x)).map((x) => `${name(x)} on`),
    ...a.filter((x) => !b.includes(x)).map((x) => `${name(x)} off`),
  ]
  const parts = [...diff(prev.drugs, next.drugs), ...diff(prev.conditions, next.conditions)]
  if (prev.hideIllustrative !== next.hideIllustrative) parts.push(next.hideIllustrative ? 'illustrative hidden' : 'illustrative shown')
  return parts.join(', ') || 'view changed'
}

export const ChangeCauseContext = createContext<ChangeCause>({ current: '' })

/**
 * Runs a store update that is not the reader's (the opening step's selection, applied as the view opens) and
 * clears the cause it set, so the figures and pathway it redraws are not marked as changed.
 */
export function withoutMark(cause: ChangeCause, update: () => void) {
  update()
  cause.current = ''
}

/** How long a change mark stays, in ms: long enough to find the figure after a click. */
const MARK_MS = 6000

/**
 * A short note for a figure whose drawing just changed: the cause (from the context) and what
 * `describe(prev, next)` says changed. Null while nothing has changed recently.
 */
export function useChangeMark<T>(signature: T, equal: (a: T, b: T) => boolean, describe: (prev: T, next: T) => string): string | null {
  const cause = useContext(ChangeCauseContext)
  const prev = useRef(signature)
  const [note, setNote] = useState<string | null>(null)
  useEffect(() => {
    if (equal(prev.current, signature)) return
    const what = describe(prev.current, signature)
    prev.current = signature
    if (!cause.current) return
    setNote(`${cause.current}: ${what}`)
    const t = setTimeout(() => setNote(null), MARK_MS)
    return () => clearTimeout(t)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- equal and describe are pure helpers; the signature drives the mark
  }, [signature])
  return note
}
