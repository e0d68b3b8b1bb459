import type { UseQueryResult } from '@tanstack/react-query'
import type { Pathway } from '../../domain/schema/pathway'
import type { Series } from '../../domain/schema/series'
import type { StudyMeta } from '../../domain/schema/study'
import { ChartHeightCap } from '../../charts/chart-height'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { QueryPanel } from '../common/QueryPanel'
import { useAgentMap } from '../common/usePathwayData'
import { MarkedFigure } from './MarkedFigure'
import { StepBar } from './StepBar'
import { StoryPathway } from './StoryPathway'
import { StudyToggles } from './StudyToggles'
import { useStudySteps } from './useStudySteps'

/** Plot height of the step's key figure, in px. */
const KEY_PLOT_HEIGHT = 300

/** Props of StoryStage. */
interface Props {
  study: StudyMeta
  pathway: UseQueryResult<Pathway>
  series: UseQueryResult<Series[]>
}

/**
 * The first screen: the current step's title and controls, the pathway (sticky beside the figures on
 * wide screens) and the step's figures, key figure first. Free toggles sit under "Customise".
 */
export function StoryStage({ study, pathway, series }: Props) {
  const steps = useStudySteps(study)
  const agents = useAgentMap()
  const claim = study.claims.find((c) => c.id === steps.step?.claim)
  return (
    <section id="story" className="story" aria-labelledby={steps.step ? 'step-title' : undefined} aria-label={steps.step ? undefined : 'Story'}>
      <div className="story__bar">
        <StepBar steps={steps} agents={agents} />
      </div>
      <div className="story__pathway">
        <QueryPanel label="Pathway" query={pathway}>
          {(p) => <StoryPathway studyId={study.id} pathway={p} />}
        </QueryPanel>
        <details className="story__customise">
          <summary>Customise drugs and conditions</summary>
          <button type="button" className="story__clear" onClick={() => steps.apply({ drugs: [], conditions: [] })}>
            Clear all drugs and conditions (show every group)
          </button>
          <StudyToggles study={study} />
        </details>
      </div>
      <div className="story__figures">
        <QueryPanel label="Chart data" query={series}>
          {(list) =>
            (steps.step?.series ?? []).map((id, i) => {
              const s = list.find((x) => x.id === id)
              if (!s)
                return (
                  <p key={id} className="placeholder">
                    Series “{id}” is not in this study&apos;s data.
                  </p>
                )
              return (
                <div key={id} className={i === 0 ? 'story__key' : 'story__more'}>
                  <ErrorBoundary label={s.title}>
                    {/* The key figure is kept short enough to sit beside the pathway on a 1080-px-high screen. */}
                    <ChartHeightCap max={i === 0 ? KEY_PLOT_HEIGHT : Number.POSITIVE_INFINITY}>
                      <MarkedFigure series={s} />
                    </ChartHeightCap>
                  </ErrorBoundary>
                </div>
              )
            })
          }
        </QueryPanel>
        {claim && (
          <p className="story__claim">
            <strong>The claim:</strong> {claim.text}
          </p>
        )}
      </div>
    </section>
  )
}
