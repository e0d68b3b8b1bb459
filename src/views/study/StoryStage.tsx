import type { UseQueryResult } from '@tanstack/react-query'
import type { Pathway } from '../../domain/schema/pathway'
import type { Series } from '../../domain/schema/series'
import type { StudyMeta } from '../../domain/schema/study'
import { useMemo } from 'react'
import { stepSelections } from '../../domain/steps'
import type { Selection } from '../../domain/selection'
import { useViewStore } from '../../state/store'
import { QueryPanel } from '../common/QueryPanel'
import { useAgentMap } from '../common/usePathwayData'
import { StepFigures } from './StepFigures'
import { StepPathway } from './StepPathway'
import { StepBar } from './StepBar'
import { StoryPathway } from './StoryPathway'
import { StudyToggles } from './StudyToggles'
import { useStudySteps } from './useStudySteps'
import { useWarmSteps } from './useWarmSteps'
import { sameSet } from './same-set'

const sameSelection = (a: Selection, b: Selection) => sameSet(a.drugs, b.drugs) && sameSet(a.conditions, b.conditions)

/** Props of StoryStage. */
interface Props {
  study: StudyMeta
  pathway: UseQueryResult<Pathway>
  series: UseQueryResult<Series[]>
}

/**
 * The first screen: the current step's title and controls, the pathway (sticky beside the figures on
 * wide screens) and the step's figures, key figure first, with the neighbouring steps' figures drawn ahead
 * out of sight. Free toggles sit under "Customise".
 */
export function StoryStage({ study, pathway, series }: Props) {
  const steps = useStudySteps(study)
  const agents = useAgentMap()
  const warm = useWarmSteps(steps.index, steps.steps.length)
  // Each step's opening selection, which a column drawn ahead holds until it comes on screen.
  const before = useMemo(() => study.steps.map((st) => stepSelections(study, st).before), [study])
  // The current step at its opening selection keeps drawing from that fixed selection, as it did while drawn ahead,
  // so coming on screen redraws none of its figures; a rescue or the user's own toggles lift it.
  const current = before[steps.index]
  const atOpening = useViewStore((s) => !!current && sameSelection(s, current))
  // What step i's figures and pathway draw: a step ahead its opening selection, the current one the live toggles
  // (or its opening while the store is yet to hold it, or while it is there anyway: the same object, so nothing redraws).
  const selectionOf = (i: number) => (i === steps.index ? (steps.opening ?? (atOpening ? (before[i] ?? null) : null)) : (before[i] ?? null))
  return (
    <section id="story" className="story" aria-labelledby={steps.step ? 'step-title' : undefined} aria-label={steps.step ? undefined : 'Story'}>
      <div className="story__bar">
        <StepBar steps={steps} agents={agents} />
      </div>
      <div className="story__pathway">
        <QueryPanel label="Pathway" query={pathway}>
          {(p) => (
            <StoryPathway studyId={study.id} pathway={p}>
              {warm.map((i) => (
                <StepPathway key={steps.steps[i]!.id} studyId={study.id} pathway={p} current={i === steps.index} selection={selectionOf(i)} />
              ))}
            </StoryPathway>
          )}
        </QueryPanel>
        <details className="story__customise">
          <summary>Customise drugs and conditions</summary>
          <button type="button" className="story__clear" onClick={() => steps.apply({ drugs: [], conditions: [] })}>
            Clear all drugs and conditions (show every group)
          </button>
          <StudyToggles study={study} />
        </details>
      </div>
      <div className="story__stage">
        <QueryPanel label="Chart data" query={series}>
          {(list) =>
            warm.map((i) => {
              const step = steps.steps[i]!
              const onScreen = i === steps.index
              return (
                <StepFigures
                  key={step.id}
                  step={step}
                  series={list}
                  current={onScreen}
                  selection={selectionOf(i)}
                  claim={study.claims.find((c) => c.id === step.claim)?.text}
                />
              )
            })
          }
        </QueryPanel>
      </div>
    </section>
  )
}
