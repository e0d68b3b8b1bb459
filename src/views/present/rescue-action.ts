import type { StepSelections } from '../../domain/steps'
import type { Selection } from '../../domain/selection'
import type { Action } from '../../state/actions'
import { pickView, type ViewStore } from '../../state/store'

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x))

/** Whether the store holds exactly this selection. */
export const holds = (s: Pick<ViewStore, 'drugs' | 'conditions'>, sel: Selection) => same(s.drugs, sel.drugs) && same(s.conditions, sel.conditions)

/** Sets drugs and conditions in one move, as stepping in the Study view does. */
export function applySelection(s: ViewStore, sel: Selection, slide?: number) {
  s.replaceView({ ...pickView(s), drugs: [...sel.drugs], conditions: [...sel.conditions], ...(slide ? { slide } : {}) })
}

/**
 * The build on a step slide (T or B): from the step's `before` selection to its `after` one and back,
 * the same two states the Study view steps between. `label` names the rescue drugs.
 */
export function rescueAction(sel: Pick<StepSelections, 'before' | 'after'>, label: string): Action {
  return {
    id: 'present:rescue',
    label: `Add ${label}`,
    group: 'Present',
    shortcut: 't',
    keys: ['b'],
    keyLabel: 'T / B',
    isActive: (s) => holds(s, sel.after),
    perform: (s) => applySelection(s, holds(s, sel.after) ? sel.before : sel.after),
  }
}
