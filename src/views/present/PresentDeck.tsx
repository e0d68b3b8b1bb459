import type { UseQueryResult } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useLocation } from 'wouter'
import type { Deck } from '../../domain/deck'
import type { Pathway } from '../../domain/schema/pathway'
import { predictAction, presentActions, slideDrugAction, type Action } from '../../state/actions'
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

/** Props of PresentDeck. */
interface Props {
  deck: Deck
  pathway: UseQueryResult<Pathway>
  /** The presenter window: notes, next slide and timer around the current slide. */
  presenter: boolean
  agentName: (id: string) => string
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

/** A deck on screen: the audience stage or the presenter view, keyboard driven and synced. */
export function PresentDeck({ deck, pathway, presenter, agentName }: Props) {
  const count = deck.slides.length
  const { slide: rawSlide, predict, drugs } = useViewStore(useShallow((s) => ({ slide: s.slide, predict: !!s.predict, drugs: s.drugs })))
  const slideNo = Math.min(Math.max(1, rawSlide), count)
  const [revealedRaw, setRevealed] = useState(false)
  const [help, setHelp] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const fullscreen = useFullscreen()
  const [, navigate] = useLocation()

  const asks = (n: number) => predict && deck.slides[n - 1]?.kind === 'claim' && !!(deck.slides[n - 1] as { predict?: string }).predict
  const revealed = revealedRaw || !asks(slideNo)
  const current = deck.slides[slideNo - 1]!

  // Each slide starts from its own drug state (the resisted drug alone), so T shows the change.
  const go = (nav: Nav) => {
    setRevealed(nav.revealed)
    if (nav.slide === slideNo) return
    const target = deck.slides[nav.slide - 1]
    const base = target?.kind === 'claim' && target.drugs ? target.drugs.base : []
    const s = useViewStore.getState()
    s.replaceView({ ...pickView(s), slide: nav.slide, drugs: [...base] })
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
  const drugAction = current.kind === 'claim' && current.drugs ? slideDrugAction(current.drugs, current.drugs.added.map(agentName).join(' + ')) : undefined
  const actions: Action[] = [...nav_, predictAction, ...(drugAction ? [drugAction] : [])]
  const { typed } = usePresentKeys(actions, (n) => go(goToNav(n, count)))

  // Keep the URL inside the deck when it points past the end.
  useEffect(() => {
    if (rawSlide !== slideNo) useViewStore.getState().setSlide(slideNo)
  }, [rawSlide, slideNo])

  const sync: SyncState = { slide: slideNo, revealed: revealedRaw, drugs, predict }
  useDeckSync(`present:${deck.study.id}`, sync, (s) => {
    setRevealed(s.revealed)
    const st = useViewStore.getState()
    st.replaceView({ ...pickView(st), slide: s.slide, drugs: s.drugs, predict: s.predict || undefined })
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
  const slideEl = <SlideView deck={deck} slide={current} index={slideNo} revealed={revealed} pathway={pathway} idPrefix="live" />
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
        {button('present:fullscreen', fullscreen ? 'Exit full screen' : 'Full screen')}
        {button('present:help', help ? 'Hide keys' : 'Keys')}
        {button('present:leave', 'Leave')}
      </nav>
      {help && <KeyHelp actions={actions} onClose={() => setHelp(false)} />}
      {!presenter && <PrintDeck deck={deck} pathway={pathway} />}
    </div>
  )
}
