import type { UseQueryResult } from '@tanstack/react-query'
import type { ClaimSlide } from '../../domain/deck'
import type { EvidenceRow } from '../../domain/schema/evidence'
import type { Pathway } from '../../domain/schema/pathway'
import { derivationText, quantityText } from '../../domain/format'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { QueryPanel } from '../common/QueryPanel'
import { StudyPathwayPanel } from '../common/StudyPathwayPanel'
import { canDraw } from '../../domain/series'
import { SeriesFigure } from '../common/SeriesFigure'

/** Props of ClaimSlideView. */
interface Props {
  slide: ClaimSlide
  claims: number
  /** False while the room is asked to predict: only the set-up and the question show. */
  revealed: boolean
  studyId: string
  pathway?: UseQueryResult<Pathway> | undefined
  headingId: string
}

const MAX_LIST = 6
const short = (xs: readonly string[]) => (xs.length > MAX_LIST ? `${xs.slice(0, MAX_LIST).join(', ')} and ${xs.length - MAX_LIST} more` : xs.join(', '))

/** One headline number: what, value with n and statistics, provenance and where it is printed. */
function Stat({ row }: { row: EvidenceRow }) {
  const q = row.quantity
  const title = derivationText(q)
  return (
    <li className="stat">
      <span className="stat__measure">{row.measure}</span>
      <span className="stat__value">
        {quantityText(q)}
        {q.n ? `, n = ${q.n}` : ''}
      </span>
      <span className="stat__meta">
        <ProvenanceBadge provenance={q.provenance} {...(title ? { title } : {})} /> {q.source.locator}
      </span>
    </li>
  )
}

/** The chart that shows the claim (first drawable series), else its pathway, else a plain note. */
function ClaimFigure({ slide, studyId, pathway }: Pick<Props, 'slide' | 'studyId' | 'pathway'>) {
  const series = slide.series.find(canDraw)
  if (series)
    return (
      <ErrorBoundary label={series.title}>
        <SeriesFigure series={series} />
      </ErrorBoundary>
    )
  if (pathway && slide.claim.nodes.length)
    return (
      <QueryPanel label="Pathway" query={pathway}>
        {(p) => <StudyPathwayPanel studyId={studyId} pathway={p} />}
      </QueryPanel>
    )
  return <p className="slide__nofigure">{slide.series.length ? `Figures in the paper: ${short(slide.series.map((s) => s.title))}.` : 'The paper shows no figure for this claim.'}</p>
}

/** A claim slide: the set-up and question first (predict), then the claim, its figure and numbers. */
export function ClaimSlideView({ slide, claims, revealed, studyId, pathway, headingId }: Props) {
  const kicker = `Claim ${slide.number} of ${claims}`
  if (!revealed)
    return (
      <>
        <p className="slide__kicker">{kicker} · predict first</p>
        <h2 id={headingId} className="slide__heading">
          What do you expect?
        </h2>
        <div className="slide__split">
          <dl className="setup">
            {slide.setup.models.length > 0 && (
              <>
                <dt>Models</dt>
                <dd>{short(slide.setup.models)}</dd>
              </>
            )}
            <dt>Drugs and agents</dt>
            <dd>{slide.setup.agents.length ? short(slide.setup.agents) : 'none (untreated comparison)'}</dd>
            <dt>Measured</dt>
            <dd>{short(slide.setup.measured)}</dd>
          </dl>
          <p className="slide__question">{slide.predict}</p>
        </div>
        <p className="slide__hint">Next key reveals the data.</p>
      </>
    )
  const caveat = slide.caveats[0]
  return (
    <>
      <p className="slide__kicker">{kicker}</p>
      <h2 id={headingId} className="slide__heading">
        {slide.heading}
      </h2>
      <div className="slide__split">
        <div className="slide__text">
          <p className="slide__claim">{slide.claim.text}</p>
          {slide.stats.length > 0 ? (
            <ul className="stats" aria-label="Numbers behind the claim">
              {slide.stats.map((r) => (
                <Stat key={r.id} row={r} />
              ))}
            </ul>
          ) : (
            <p className="slide__nonumbers">No number is stated for this claim: what is drawn shows a direction, not a measurement.</p>
          )}
          {caveat && (
            <p className="slide__caveat">
              <strong>Caveat:</strong> {caveat.title}
              {slide.caveats.length > 1 ? ` (and ${slide.caveats.length - 1} more)` : ''}
            </p>
          )}
        </div>
        <div className="slide__figure">
          <ClaimFigure slide={slide} studyId={studyId} pathway={pathway} />
        </div>
      </div>
    </>
  )
}
