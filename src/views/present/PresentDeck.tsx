import type { UseQueryResult } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useLocation } from 'wouter'
import type { Deck } from '../../domain/deck'
import type { Pathway } from '../../domain/schema/pathway'
import { predictAction, presentActions, type Action } from '../../state/actions'
import { pickView, useViewStore } from '../../state/store'
import { serialiseView } from '../../state/url-codec'
import { ActionToggle } from '../common/ActionToggle'
import { KeyHelp } from './KeyHelp'
import { goToNav, nextNav, previousNav, type Nav } from './navigation'
import { PresenterPanel } from './PresenterPanel'
import { PrintDeck } from './PrintDeck'
import { SlideView } from './SlideView'
import { useDeckSync, type SyncState } from './useDeckSync'
import { usePresentKeys } from './usePresentKeys'
import { applySelection, holds, rescueAction } from './rescue-action'

/** Props of PresentDeck. */
interface Props {
  deck: Deck
  pathway: UseQueryResult<Pathway>
  /** The presenter window: notes, next slide and timer around the current slide. */
  presenter: boolean
}

function useFullscreen() {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement)
  useEffect(() => {
    const f = () => setOn(!!document.fullscreenElement)
    document.addEventListener('fullscreenchange', f)
    return () => document.removeEventListener('fullscreenchange', f)
  }, [])
  return on
}

/** J/K in the presenter view: scroll the notes by most of their height, keeping the slide keys free. */
function scrollNotes(dir: 'up' | 'down', key: string): Action {
  return {
    id: `present:notes-${dir}`,
    label: `Scroll the notes ${dir}`,
    group: 'Present',
    shortcut: key,
    keyLabel: key.toUpperCase(),
    isActive: () => false,
    perform: () => {
      const el = document.querySelector('.presenter__notes')
      if (el) el.scrollBy({ top: (dir === 'down' ? 1 : -1) * el.clientHeight * 0.8 })
    },
  }
}

/** Renders the print copy of one slide (1920 px wide, its own step state) to a PNG download. */
async function exportSlide(deck: Deck, n: number) {
  const el = document.querySelector<HTMLElement>(`.present-print > .slide[data-slide="${n}"]`)
  if (!el) return
  const { slidePng } = await import('./slide-png')
  await slidePng(el, `${deck.study.id}-slide-${n}.png`)
}

/** A deck on screen: the audience stage or the presenter view, keyboard driven and synced. */
export function PresentDeck({ deck, pathway, presenter }: Props) {
  const count = deck.slides.length
  const {
    slide: rawSlide,
    predict,
    drugs,
    conditions,
  } = useViewStore(useShallow((s) => ({ slide: s.slide, predict: !!s.predict, drugs: s.drugs, conditions: s.conditions })))
  const slideNo = Math.min(Math.max(1, rawSlide), count)
  const [revealedRaw, setRevealed] = useState(false)
  const [help, setHelp] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const fullscreen = useFullscreen()
  const [, navigate] = useLocation()

  const asks = (n: number) => predict && deck.slides[n - 1]?.kind === 'step' && !!(deck.slides[n - 1] as { predict?: string }).predict
  const revealed = revealedRaw || !asks(slideNo)
  const current = deck.slides[slideNo - 1]!

  // Each step slide opens on its state before the rescue, so the build key shows the change.
  const go = (nav: Nav) => {
    setRevealed(nav.revealed)
    if (nav.slide === slideNo) return
    const target = deck.slides[nav.slide - 1]
    applySelection(useViewStore.getState(), target?.kind === 'step' ? target.selections.before : { drugs: [], conditions: [] }, nav.slide)
  }
  const nav: Nav = { slide: slideNo, revealed }
  const controls = {
    next: () => go(nextNav(nav, count, asks)),
    previous: () => go(previousNav(nav)),
    first: () => go(goToNav(1, count)),
    last: () => go(goToNav(count, count)),
    jump: () => {},
    toggleFullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen()
      else void rootRef.current?.requestFullscreen?.().catch(() => {})
    },
    isFullscreen: () => fullscreen,
    leave: () => {
      if (help) return setHelp(false)
      if (document.fullscreenElement) return void document.exitFullscreen()
      const s = useViewStore.getState()
      const view = { ...pickView(s), slide: 1, predict: undefined }
      navigate(`/study/${deck.study.id}${serialiseView(view)}`)
      s.replaceView(view)
    },
    toggleHelp: () => setHelp((h) => !h),
  }
  const nav_ = presentActions(controls)
  const drugAction = current.kind === 'step' && current.rescue ? rescueAction(current.selections, current.rescue) : undefined
  const built = current.kind === 'step' && !!current.rescue && holds({ drugs, conditions }, current.selections.after)
  const notesKeys: Action[] = presenter ? [scrollNotes('down', 'j'), scrollNotes('up', 'k')] : []
  const actions: Action[] = [...nav_, predictAction, ...(drugAction ? [drugAction] : []), ...notesKeys]
  const { typed } = usePresentKeys(actions, (n) => go(goToNav(n, count)))

  // Opened from a URL without the step's state (or with an unrelated one): start from its `before`.
  useEffect(() => {
    const st = useViewStore.getState()
    if (current.kind === 'step' && !holds(st, current.selections.before) && !holds(st, current.selections.after)) applySelection(st, current.selections.before)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on arriving at a slide
  }, [slideNo])

  // Keep the URL inside the deck when it points past the end.
  useEffect(() => {
    if (rawSlide !== slideNo) useViewStore.getState().setSlide(slideNo)
  }, [rawSlide, slideNo])

  const sync: SyncState = { slide: slideNo, revealed: revealedRaw, drugs, conditions, predict }
  useDeckSync(`present:${deck.study.id}`, sync, (s) => {
    setRevealed(s.revealed)
    const st = useViewStore.getState()
    st.replaceView({ ...pickView(st), slide: s.slide, drugs: s.drugs, conditions: s.conditions, predict: s.predict || undefined })
  })

  const byId = new Map(nav_.map((a) => [a.id, a]))
  const button = (id: string, text?: string) => {
    const a = byId.get(id)!
    return (
      <button type="button" onClick={() => a.perform(useViewStore.getState())} aria-keyshortcuts={a.shortcut || undefined}>
        {text ?? a.label}
      </button>
    )
  }
  const slideEl = <SlideView deck={deck} slide={current} index={slideNo} revealed={revealed} built={built} pathway={pathway} idPrefix="live" />
  const presenterHref = `/present/${deck.study.id}${serialiseView({ ...pickView(useViewStore.getState()), slide: slideNo }, new URLSearchParams('presenter=1'))}`

  return (
    <div ref={rootRef} className={`present${presenter ? ' present--presenter' : ''}`}>
      <h1 className="visually-hidden">
        {presenter ? 'Presenter view: ' : 'Presenting: '}
        {deck.study.citation.title}
      </h1>
      {presenter ? (
        <PresenterPanel deck={deck} slideNo={slideNo} revealed={revealed} current={slideEl} asks={asks} />
      ) : (
        <div className="present__stage">{slideEl}</div>
      )}
      <nav className="present__bar" aria-label="Slide controls">
        {button('present:previous', '← Previous')}
        <span className="present__count" aria-live="polite">
          Slide {slideNo} of {count}
          {typed && <span className="present__typed"> · go to {typed}…</span>}
        </span>
        {button('present:next', !revealed ? 'Reveal →' : 'Next →')}
        <ActionToggle action={predictAction} />
        {drugAction && <ActionToggle action={drugAction} />}
        {!presenter && (
          <a href={presenterHref} target="_blank" rel="noopener">
            Presenter view
          </a>
        )}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={() => void exportSlide(deck, slideNo)}>
          Slide as PNG
        </button>
        {button('present:fullscreen', fullscreen ? 'Exit full screen' : 'Full screen')}
        {button('present:help', help ? 'Hide keys' : 'Keys')}
        {button('present:leave', 'Leave')}
      </nav>
      {help && <KeyHelp actions={actions} onClose={() => setHelp(false)} />}
      {!presenter && <PrintDeck deck={deck} pathway={pathway} />}
    </div>
  )
}
