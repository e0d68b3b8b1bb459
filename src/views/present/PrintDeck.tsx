import type { UseQueryResult } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { Deck } from '../../domain/deck'
import type { Pathway } from '../../domain/schema/pathway'
import { SlideView } from './SlideView'

/**
 * Every slide, revealed, for printing one per page. Laid out off-screen at 1920 px (hidden,
 * so not focusable or read) so charts have measured their width before the print dialog opens;
 * mounted after the live slide so it never delays the first paint.
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
        <SlideView key={s.id} deck={deck} slide={s} index={i + 1} revealed pathway={pathway} idPrefix="print" />
      ))}
    </div>
  )
}
