import type { UseQueryResult } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { Deck } from '../../domain/deck'
import type { Pathway } from '../../domain/schema/pathway'
import { SelectionOverride } from '../common/selection-override'
import { SlideView } from './SlideView'

/**
 * Every slide, revealed and built (each step in its own after-rescue state), for printing one per
 * page and for PNG export. Laid out off-screen at 1920 px (hidden, so not focusable or read) so charts
 * have measured their width before the print dialog opens; mounted after the live slide so it never
 * delays the first paint.
 */
export function PrintDeck({ deck, pathway }: { deck: Deck; pathway: UseQueryResult<Pathway> }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    const t = window.setTimeout(() => setReady(true), 200)
    return () => window.clearTimeout(t)
  }, [])
  if (!ready) return null
  return (
    <div className="present-print" inert aria-hidden="true" data-testid="print-deck">
      {deck.slides.map((s, i) => (
        <SelectionOverride key={s.id} selection={s.kind === 'step' ? s.selections.after : { drugs: [], conditions: [] }}>
          <SlideView deck={deck} slide={s} index={i + 1} revealed built pathway={pathway} idPrefix="print" />
        </SelectionOverride>
      ))}
    </div>
  )
}
