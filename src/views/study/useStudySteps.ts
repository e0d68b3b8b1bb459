import { useContext, useLayoutEffect, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Selection } from '../../domain/selection'
import type { Step, StudyMeta } from '../../domain/schema/study'
import { stepSelections, type StepSelections } from '../../domain/steps'
import { applySelection, goToStep, useStepParam } from '../../state/step-param'
import { useViewStore } from '../../state/store'
import { ChangeCauseContext, withoutMark } from './change-cause'

/** Where the toggles stand against the current step: before its rescue, after it (or one alternative), or the user's own. */
export type StepPhase = { kind: 'before' } | { kind: 'after'; drug?: string } | { kind: 'custom' }

/** The current step and how to move. */
export interface StudySteps {
  steps: readonly Step[]
  index: number
  step: Step | undefined
  selections: StepSelections | undefined
  phase: StepPhase
  /** Go to a step by index: sets its "before" state (its full state when it has no rescue). */
  go: (index: number) => void
  /** Set a selection of the current step (the rescue control). */
  apply: (selection: Selection) => void
  /**
   * The step's selection while the view opens from a link without toggles, before the store holds it (null
   * otherwise): the first render draws the step as it will be, instead of every group and then the step.
   */
  opening: Selection | null
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x))
const matches = (s: Selection, t: Selection) => same(s.drugs, t.drugs) && same(s.conditions, t.conditions)

/** The step named in the URL (the first when none), and the first visit's selection when the URL carried none. */
export function useStudySteps(study: StudyMeta): StudySteps {
  const param = useStepParam()
  const steps = study.steps
  const found = steps.findIndex((s) => s.id === param)
  const index = Math.max(0, found)
  const step = steps[index]
  const selections = useMemo(() => (step ? stepSelections(study, step) : undefined), [study, step])
  const current = useViewStore(useShallow((s) => ({ drugs: s.drugs, conditions: s.conditions })))
  const addNotices = useViewStore((s) => s.addNotices)
  const cause = useContext(ChangeCauseContext)

  const go = (i: number) => {
    const target = steps[i]
    if (!target) return
    goToStep(target.id, stepSelections(study, target).before)
  }

  // A link with no drugs or conditions opens the step ready to teach; a link with its own toggles keeps them.
  // A layout effect, so the store holds the step before the first paint.
  const [openedFor, setOpenedFor] = useState<string | null>(null)
  useLayoutEffect(() => {
    if (openedFor === study.id || !step || !selections) return
    setOpenedFor(study.id)
    if (param !== null && found < 0) addNotices([`Ignored unknown step "${param.slice(0, 40)}"; showing the first step.`])
    const s = useViewStore.getState()
    // The reader changed nothing yet: the opening selection is no change to mark.
    if (s.drugs.length === 0 && s.conditions.length === 0) withoutMark(cause, () => goToStep(step.id, selections.before))
  }, [openedFor, study.id, step, selections, param, found, addNotices, cause])
  const opening = openedFor !== study.id && selections && current.drugs.length === 0 && current.conditions.length === 0 ? selections.before : null

  let phase: StepPhase = { kind: 'custom' }
  if (selections) {
    if (selections.alternatives.length && matches(current, selections.before)) phase = { kind: 'before' }
    else if (matches(current, selections.after)) phase = { kind: 'after' }
    else {
      const alt = selections.alternatives.find((a) => matches(current, a.selection))
      if (alt) phase = { kind: 'after', drug: alt.drug }
    }
  }
  return { steps, index, step, selections, phase, go, apply: applySelection, opening }
}
