import type { UseQueryResult } from '@tanstack/react-query'
import type { Deck, MethodsItem, Slide } from '../../domain/deck'
import { derivationText, quantityText } from '../../domain/format'
import type { Pathway } from '../../domain/schema/pathway'
import type { Caveat } from '../../domain/schema/study'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { StepSlideView } from './StepSlideView'

/** Props of SlideView. */
export interface SlideViewProps {
  deck: Deck
  slide: Slide
  /** 1-based position, for the footer. */
  index: number
  revealed: boolean
  /** On a step slide with a rescue: whether the rescue is added. */
  built?: boolean
  pathway?: UseQueryResult<Pathway> | undefined
  /** Prefix for ids, so several slides can be on one page. */
  idPrefix: string
  /** The presenter's next-slide picture: text only, no live figures. */
  preview?: boolean
}

const KIND: Record<Caveat['kind'], string> = {
  inconsistency: 'Inconsistent',
  ambiguity: 'Unclear',
  'derived-vs-reported': 'Derived ≠ reported',
  limitation: 'Not shown',
}

function authors(list: readonly string[]) {
  return list.length > 3 ? `${list.slice(0, 3).join(', ')} et al.` : list.join(', ')
}

/** A methods entry; a number carries its provenance. */
function Item({ item }: { item: MethodsItem }) {
  const q = item.value?.quantity
  if (!q) return <>{item.text}</>
  const title = derivationText(q)
  return (
    <>
      {item.text}: {quantityText(q)} <ProvenanceBadge provenance={q.provenance} {...(title ? { title } : {})} />
    </>
  )
}

function Body({ deck, slide, revealed, built = false, pathway, headingId, preview }: Omit<SlideViewProps, 'index' | 'idPrefix'> & { headingId: string }) {
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
    case 'methods':
      return (
        <>
          <p className="slide__kicker">How it was done</p>
          <h2 id={headingId} className="slide__heading">
            {slide.heading}
          </h2>
          <dl className="methods">
            {slide.rows.map((r) => (
              <div key={r.label} className="methods__row">
                <dt>{r.label}</dt>
                <dd>
                  {r.items.map((it, i) => (
                    <span key={i} className="methods__item">
                      <Item item={it} />
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )
    case 'step':
      return (
        <StepSlideView
          slide={slide}
          steps={study.steps.length}
          revealed={revealed}
          built={built}
          studyId={study.id}
          pathway={pathway}
          headingId={headingId}
          preview={preview}
        />
      )
    case 'caveats':
      return (
        <>
          <p className="slide__kicker">Caveats</p>
          <h2 id={headingId} className="slide__heading">
            {slide.heading}
          </h2>
          <div className="caveat-groups">
            {slide.groups.map((g, i) => (
              <section key={`${g.figure}-${i}`} className="caveat-group" aria-label={g.figure}>
                <h3 className="caveat-group__figure">{g.figure}</h3>
                <ul className="caveat-group__list">
                  {g.caveats.map((cv) => (
                    <li key={cv.id} className={`slide-caveat caveat--${cv.kind}`}>
                      <span className="slide-caveat__kind">{KIND[cv.kind]}</span> <span className="slide-caveat__title">{cv.title}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
          {slide.more > 0 && <p className="slide__hint">{slide.more} more in the notes and on the study page.</p>}
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
export function SlideView({ deck, slide, index, revealed, built, pathway, idPrefix, preview }: SlideViewProps) {
  const headingId = `${idPrefix}-${slide.id}-h`
  const c = deck.study.citation
  return (
    <article className={`slide slide--${slide.kind}${preview ? ' slide--preview' : ''}`} aria-labelledby={headingId} data-slide={index}>
      <div className="slide__content">
        <Body deck={deck} slide={slide} revealed={revealed} built={built} pathway={pathway} headingId={headingId} preview={preview} />
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
