import type { ReactNode } from 'react'
import type { Deck } from '../../domain/deck'
import { SlideView } from './SlideView'
import { Timer } from './Timer'

/** Props of PresenterPanel. */
interface Props {
  deck: Deck
  slideNo: number
  revealed: boolean
  /** The live current slide, drawn by the deck. */
  current: ReactNode
  asks: (slide: number) => boolean
}

/** Presenter window: the current slide, what comes next, the speaker notes and a timer. */
export function PresenterPanel({ deck, slideNo, revealed, current, asks }: Props) {
  const slide = deck.slides[slideNo - 1]!
  const waiting = !revealed && asks(slideNo)
  const next = waiting ? slide : deck.slides[slideNo]
  const nextNo = waiting ? slideNo : slideNo + 1
  const question = slide.kind === 'step' ? slide.predict : undefined
  return (
    <div className="presenter">
      <section className="presenter__current" aria-label="Current slide">
        <div className="present__stage present__stage--fit">{current}</div>
      </section>
      <aside className="presenter__side">
        <Timer />
        <section aria-labelledby="next-h" className="presenter__next">
          <h2 id="next-h">Next: {next ? (waiting ? 'the data (reveal)' : next.heading) : 'end of deck'}</h2>
          {next && (
            // A picture of what comes next; its content is read on arrival, so it stays out of the tab order.
            <div className="present__stage present__stage--preview" inert aria-hidden="true">
              <SlideView deck={deck} slide={next} index={nextNo} revealed idPrefix="next" preview />
            </div>
          )}
        </section>
        {/* Focusable so it can be scrolled with the arrow keys once tabbed to; J and K scroll it from anywhere. */}
        <section aria-labelledby="notes-h" className="presenter__notes" tabIndex={0}>
          <h2 id="notes-h">Notes (J / K scroll)</h2>
          {waiting && question && <p className="presenter__ask">Ask the room: {question}</p>}
          {slide.notes.split('\n\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      </aside>
    </div>
  )
}
