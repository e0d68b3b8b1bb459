import type { UseQueryResult } from '@tanstack/react-query'
import type { Deck, Slide } from '../../domain/deck'
import type { Pathway } from '../../domain/schema/pathway'
import type { Caveat } from '../../domain/schema/study'
import { ClaimSlideView } from './ClaimSlideView'

/** Props of SlideView. */
export interface SlideViewProps {
  deck: Deck
  slide: Slide
  /** 1-based position, for the footer. */
  index: number
  revealed: boolean
  pathway?: UseQueryResult<Pathway> | undefined
  /** Prefix for ids, so several slides can be on one page. */
  idPrefix: string
}

const KIND: Record<Caveat['kind'], string> = {
  inconsistency: 'Inconsistency',
  ambiguity: 'Ambiguity',
  'derived-vs-reported': 'Derived vs reported',
  limitation: 'Not shown',
}

function authors(list: readonly string[]) {
  return list.length > 3 ? `${list.slice(0, 3).join(', ')} et al.` : list.join(', ')
}

function Body({ deck, slide, revealed, pathway, headingId }: Omit<SlideViewProps, 'index' | 'idPrefix'> & { headingId: string }) {
  const study = deck.study
  switch (slide.kind) {
    case 'title': {
      const c = study.citation
      return (
        <>
          <p className="slide__kicker">{study.cancer}</p>
          <h2 id={headingId} className="slide__heading slide__heading--title">
            {slide.heading}
          </h2>
          <p className="slide__cite">
            {authors(c.authors)} <i>{c.journal}</i> {c.year}
            {c.doi ? ` · doi:${c.doi}` : ''}
          </p>
          <p className="slide__lead">{study.mechanism}</p>
          {study.textKind === 'abstract' && <p className="slide__caveat">Abstract only: no measured numbers; every plotted value is illustrative.</p>}
        </>
      )
    }
    case 'claim':
      return <ClaimSlideView slide={slide} claims={study.claims.length} revealed={revealed} studyId={study.id} pathway={pathway} headingId={headingId} />
    case 'caveats':
      return (
        <>
          <p className="slide__kicker">{slide.group === 'issues' ? 'Read with care' : 'Limits'}</p>
          <h2 id={headingId} className="slide__heading">
            {slide.heading}
          </h2>
          <ul className="slide-caveats">
            {slide.caveats.map((cv) => (
              <li key={cv.id} className={`slide-caveat caveat--${cv.kind}`}>
                <span className="slide-caveat__kind">{KIND[cv.kind]}</span> <span className="slide-caveat__title">{cv.title}</span>
                <span className="slide-caveat__where">{cv.locations.join(' · ')}</span>
              </li>
            ))}
          </ul>
        </>
      )
    case 'takeaway':
      return (
        <>
          <p className="slide__kicker">Summary</p>
          <h2 id={headingId} className="slide__heading">
            {slide.heading}
          </h2>
          <p className="slide__lead">{slide.mechanism}</p>
          <ol className="slide__points">
            {slide.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
          <p className="slide__caveat">{slide.caution}</p>
        </>
      )
  }
}

/** One 16:9 slide of any kind, with a footer naming the study and position. */
export function SlideView({ deck, slide, index, revealed, pathway, idPrefix }: SlideViewProps) {
  const headingId = `${idPrefix}-${slide.id}-h`
  const c = deck.study.citation
  return (
    <article className={`slide slide--${slide.kind}`} aria-labelledby={headingId} data-slide={index}>
      <div className="slide__content">
        <Body deck={deck} slide={slide} revealed={revealed} pathway={pathway} headingId={headingId} />
      </div>
      <footer className="slide__foot">
        <span>
          {c.authors[0]?.split(' ')[0]} et al., {c.journal} {c.year}
        </span>
        <span>
          {index} / {deck.slides.length}
        </span>
      </footer>
    </article>
  )
}
