import { useEffect, useRef, useState } from 'react'
import type { Action } from '../../state/actions'
import { useViewStore } from '../../state/store'
import { interpretKey } from './navigation'

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT'])
const ACTIVATES = new Set([' ', 'Enter'])

/**
 * Window-level keys for present mode, dispatched through the registered actions.
 * Returns the slide number being typed, and a jump callback the jump action reads.
 */
export function usePresentKeys(actions: readonly Action[], onJump: (slide: number) => void) {
  const [typed, setTyped] = useState('')
  const ref = useRef({ actions, onJump, typed })
  useEffect(() => {
    ref.current = { actions, onJump, typed }
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null
      if (t && (TYPING.has(t.tagName) || t.isContentEditable)) return
      // Space/Enter on a focused button or link activate it; do not also move the slide.
      if (t && ACTIVATES.has(e.key) && t.closest('button, a, [role="button"]') && !ref.current.typed) return
      const r = interpretKey(e, ref.current.typed, ref.current.actions)
      if (r.kind === 'none') return
      e.preventDefault()
      if (r.kind === 'digits') setTyped(r.buffer)
      else if (r.kind === 'jump') {
        setTyped('')
        ref.current.onJump(r.slide)
      } else r.action.perform(useViewStore.getState())
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  return { typed, clearTyped: () => setTyped('') }
}
