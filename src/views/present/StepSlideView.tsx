import type { UseQueryResult } from '@tanstack/react-query'
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { ChartHeightCap } from '../../charts/chart-height'
import type { StepSlide } from '../../domain/deck'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId } from '../../domain/schema/ids'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { QueryPanel } from '../common/QueryPanel'
import { SeriesFigure } from '../common/SeriesFigure'
import { StudyPathwayPanel } from '../common/StudyPathwayPanel'
import { useGroupSelection } from '../common/useGroupSelection'
import { groupsOf, type Series } from '../../domain/series'

/** Props of StepSlideView. */
interface Props {
  slide: StepSlide
  steps: number
  /** False while the room is asked to predict: only the set-up and the question show. */
  revealed: boolean
  /** Whether the rescue build has been added (the store is at the step's `after` selection). */
  built: boolean
  studyId: StudyId
  pathway?: UseQueryResult<Pathway> | undefined
  headingId: string
  /** A small picture for the presenter: text only, no live figure. */
  preview?: boolean
}

const MAX_LIST = 4

/** More bars than this and a bar chart takes the whole width (figure-only slide): half a slide cuts its labels. */
const WIDE_BARS = 8

/** Whether a key figure needs the slide's full width. */
const isBig = (figure: Series | undefined) => figure?.kind === 'endpoint' && groupsOf(figure).length > WIDE_BARS

/**
 * Draws the chart at the height its plot box has on the slide. Charts choose their own height (a bar chart grows
 * with its bars); drawn taller than the box, the SVG is shrunk to fit and its ticks fall below projector size.
 */
function FitHeight({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [cap, setCap] = useState(Number.POSITIVE_INFINITY)
  useLayoutEffect(() => {
    const root = ref.current
    if (!root || typeof ResizeObserver === 'undefined') return
    let watched: Element | null = null
    const read = () => {
      const canvas = root.querySelector('.chart__canvas')
      if (canvas && canvas !== watched) {
        watched = canvas
        ro.observe(canvas)
      }
      if (canvas && canvas.clientHeight > 0) setCap(Math.floor(canvas.clientHeight))
    }
    const ro = new ResizeObserver(read)
    ro.observe(root)
    // The canvas appears after the series loads; catch it when it is added.
    const mo = new MutationObserver(read)
    mo.observe(root, { childList: true, subtree: true })
    read()
    return () => {
      ro.disconnect()
      mo.disconnect()
    }
  }, [])
  return (
    <div ref={ref} className="slide__fit">
      <ChartHeightCap max={cap}>{children}</ChartHeightCap>
    </div>
  )
}
const short = (xs: readonly string[]) => (xs.length > MAX_LIST ? `${xs.slice(0, MAX_LIST).join(', ')} and ${xs.length - MAX_LIST} more` : xs.join(', '))

/** The state line under the heading: what is switched on, and the rescue once it is built. */
function StateLine({ slide, built }: Pick<Props, 'slide' | 'built'>) {
  const { rescue, setup } = slide
  const base = setup.agents.filter((a) => !rescue || !rescue.split(' / ').includes(a))
  return (
    <p className="slide__state" aria-live="polite">
      <span>{base.length ? base.join(' + ') : 'No drug'}</span>
      {rescue && <span className={`slide__rescue${built ? ' slide__rescue--on' : ''}`}>{built ? `+ ${rescue}` : `next: + ${rescue}`}</span>}
    </p>
  )
}

/**
 * The key figure, or, when the step's state hides every group of it (all its arms carry the rescue drug),
 * a line saying the build brings it in, instead of the app's "no group matches the toggles" card.
 */
function KeyFigure({ figure, rescue }: { figure: Series; rescue: string | undefined }) {
  const { visibility } = useGroupSelection(groupsOf(figure))
  if (rescue && visibility.length > 0 && visibility.every((v) => v === 'hidden'))
    return (
      <p className="slide__nofigure">
        {figure.title} ({figure.source.locator}): every group in it is treated with {rescue}, so it appears once {rescue} is added.
      </p>
    )
  return (
    <>
      <SeriesFigure series={figure} />
      {figure.kind === 'endpoint' && (
        // At projector size the bar chart's long value-axis title is wider than the plot; it wraps here instead.
        <p className="slide__axis">
          Bars: {figure.unit && !figure.measure.includes(`(${figure.unit})`) ? `${figure.measure} (${figure.unit})` : figure.measure}
        </p>
      )}
    </>
  )
}

/** A step slide: the claim, the pathway in the step's state and the key figure; the rescue builds in place. */
export function StepSlideView({ slide, steps, revealed, built, studyId, pathway, headingId, preview }: Props) {
  const figure = slide.figure
  const kicker = `Step ${slide.number} of ${steps}${figure ? ` · ${figure.source.locator}` : ''}`
  if (!revealed)
    return (
      <>
        <p className="slide__kicker">{kicker} · predict first</p>
        <h2 id={headingId} className="slide__heading">
          What do you expect?
        </h2>
        <div className="slide__split slide__split--predict">
          <dl className="setup">
            {slide.setup.models.length > 0 && (
              <>
                <dt>Models</dt>
                <dd>{short(slide.setup.models)}</dd>
              </>
            )}
            <dt>Drugs</dt>
            <dd>{slide.setup.agents.length ? short(slide.setup.agents) : 'none (untreated comparison)'}</dd>
            <dt>Measured</dt>
            <dd>{short(slide.setup.measured)}</dd>
          </dl>
          <p className="slide__question">{slide.predict}</p>
        </div>
      </>
    )
  return (
    <>
      <p className="slide__kicker">{kicker}</p>
      <h2 id={headingId} className="slide__heading">
        {slide.heading}
      </h2>
      <p className="slide__claim">{slide.claim.text}</p>
      <StateLine slide={slide} built={built} />
      {preview ? (
        <p className="slide__nofigure">Key figure: {figure ? `${figure.title} (${figure.source.locator})` : 'none drawable'}</p>
      ) : (
        <div className={`slide__split slide__split--${isBig(figure) ? 'figure' : 'step'}`}>
          {/* A big figure gets the slide to itself; the state line above still names what is switched on. */}
          {!isBig(figure) && (
            <div className="slide__pathway">
              {pathway && (
                <QueryPanel label="Pathway" query={pathway}>
                  {(p) => <StudyPathwayPanel studyId={studyId} pathway={p} />}
                </QueryPanel>
              )}
            </div>
          )}
          <div className="slide__figure">
            {figure ? (
              // Keyed by series: the next step may show another kind, whose options must not carry over.
              <ErrorBoundary key={figure.id} label={figure.title}>
                <div className={`slide__chart slide__chart--${figure.kind}`}>
                  <FitHeight>
                    <KeyFigure figure={figure} rescue={slide.rescue} />
                  </FitHeight>
                </div>
              </ErrorBoundary>
            ) : (
              <p className="slide__nofigure">The paper shows no drawable figure for this step.</p>
            )}
          </div>
        </div>
      )}
    </>
  )
}
