import { actionForKey, type Action } from '../../state/actions'

/** Where the deck is: 1-based slide and whether its data is revealed. */
export interface Nav {
  slide: number
  revealed: boolean
}

/** Next: reveal the data first on a slide that asks the room, otherwise the next slide (unrevealed). */
export function nextNav(nav: Nav, count: number, asks: (slide: number) => boolean): Nav {
  if (!nav.revealed && asks(nav.slide)) return { slide: nav.slide, revealed: true }
  return nav.slide < count ? { slide: nav.slide + 1, revealed: false } : { slide: count, revealed: true }
}

/** Previous: back one slide, shown revealed because the room has seen it. */
export function previousNav(nav: Nav): Nav {
  return { slide: Math.max(1, nav.slide - 1), revealed: true }
}

/** Jump to a slide (clamped to the deck), unrevealed. */
export function goToNav(slide: number, count: number): Nav {
  return { slide: Math.min(Math.max(1, Math.round(slide)), Math.max(1, count)), revealed: false }
}

/** What a key press means in present mode. */
export type KeyResult = { kind: 'digits'; buffer: string } | { kind: 'jump'; slide: number } | { kind: 'action'; action: Action } | { kind: 'none' }

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>

/**
 * Digits build a slide number (up to 3), Enter jumps to it, Backspace edits it, Esc clears it;
 * any other key is looked up in the registered present actions.
 */
export function interpretKey(e: KeyLike, buffer: string, actions: readonly Action[]): KeyResult {
  if (e.ctrlKey || e.metaKey || e.altKey) return { kind: 'none' }
  if (/^[0-9]$/.test(e.key)) return { kind: 'digits', buffer: (buffer + e.key).slice(-3) }
  if (buffer) {
    if (e.key === 'Enter') return Number(buffer) > 0 ? { kind: 'jump', slide: Number(buffer) } : { kind: 'digits', buffer: '' }
    if (e.key === 'Backspace') return { kind: 'digits', buffer: buffer.slice(0, -1) }
    if (e.key === 'Escape') return { kind: 'digits', buffer: '' }
  }
  const action = actionForKey(actions, e)
  return action ? { kind: 'action', action } : { kind: 'none' }
}
