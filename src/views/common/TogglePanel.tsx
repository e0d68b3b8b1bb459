import { memo, useMemo, useState } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { AGENT_CLASS_LABELS, AGENT_CLASSES, type Agent, type AgentClass } from '../../domain/schema/agent'
import type { AgentId, Condition, ConditionKind } from '../../domain/schema/study'
import { conditionAction, drugAction, illustrativeAction, type Action } from '../../state/actions'
import { ActionToggle } from './ActionToggle'
import { CONDITION_GROUPS, groupConditions } from './toggle-groups'
import './TogglePanel.css'

/** Props of TogglePanel. */
export interface TogglePanelProps {
  /** Agent ids the current study or comparison tested: only these are switchable. */
  tested: readonly AgentId[]
  /** Conditions of the current study or comparison. */
  conditions: readonly Condition[]
  /** Who tested them, for the disabled reason: "mo2022", "this comparison". */
  scope: string
}

type DrugGroup = [AgentClass, Action[]]

/** Drugs grouped by class in the panel's fixed order; agents unknown to the catalogue go under "other". */
function drugGroups(ids: readonly AgentId[], catalogue: ReadonlyMap<AgentId, Agent>): DrugGroup[] {
  const byClass = new Map<AgentClass, Action[]>()
  for (const id of ids) {
    const agent = catalogue.get(id) ?? { id, name: id, class: 'other' as const }
    byClass.set(agent.class, [...(byClass.get(agent.class) ?? []), drugAction(agent)])
  }
  return AGENT_CLASSES.filter((c) => byClass.has(c)).map((c) => [c, byClass.get(c)!])
}

/**
 * Every drug switch grouped by class and every condition grouped by kind. What the study or comparison tested is
 * switchable; the rest of the catalogue sits in a closed "not tested" section, disabled, with the reason.
 * Memoised: a toggle re-renders only the two buttons whose state changed (each subscribes to its own flag).
 */
export const TogglePanel = memo(function TogglePanel({ tested, conditions, scope }: TogglePanelProps) {
  const { data: catalogue } = useCatalogue()
  const { enabled, untested, absentKinds, conditionGroups } = useMemo(() => {
    const byId = new Map((catalogue ?? []).map((a) => [a.id, a]))
    const testedSet = new Set(tested)
    const others = (catalogue ?? []).filter((a) => !testedSet.has(a.id)).map((a) => a.id)
    const kinds = new Set<ConditionKind>(conditions.map((c) => c.kind))
    return {
      enabled: drugGroups([...testedSet], byId),
      untested: drugGroups(others, byId),
      conditionGroups: groupConditions(conditions).map(([g, cs]) => [g, cs.map(conditionAction)] as const),
      absentKinds: CONDITION_GROUPS.flatMap((g) => g.kinds.filter((k) => !kinds.has(k)).map((k) => ({ group: g.label, kind: k }))),
    }
  }, [catalogue, tested, conditions])
  const reason = `Not tested in ${scope}`
  // The untested switches are drawn only once opened: dozens of disabled buttons nobody asked for cost every toggle.
  const [showUntested, setShowUntested] = useState(false)
  return (
    <section className="toggles toggle-panel" aria-labelledby="toggles-h">
      <h2 id="toggles-h" className="visually-hidden">
        Drug and condition toggles
      </h2>
      {enabled.map(([cls, actions]) => (
        <fieldset key={cls} className="toggles__group">
          <legend>{AGENT_CLASS_LABELS[cls]}</legend>
          {actions.map((a) => (
            <ActionToggle key={a.id} action={a} />
          ))}
        </fieldset>
      ))}
      {conditionGroups.map(([g, actions]) => (
        <fieldset key={g} className="toggles__group">
          <legend>{g}</legend>
          {actions.map((a) => (
            <ActionToggle key={a.id} action={a} />
          ))}
        </fieldset>
      ))}
      <fieldset className="toggles__group">
        <legend>Provenance</legend>
        <ActionToggle action={illustrativeAction} />
      </fieldset>
      {(untested.length > 0 || absentKinds.length > 0) && (
        <details className="toggle-panel__untested" onToggle={(e) => setShowUntested(e.currentTarget.open)}>
          <summary>
            Not tested in {scope} ({untested.reduce((n, [, a]) => n + a.length, 0)} agents, {absentKinds.length} condition kinds)
          </summary>
          {showUntested && (
            <>
              <p className="toggle-panel__why">
                These switches are off because {scope} has no data for them; they stay visible so you can see what else the catalogue holds.
              </p>
              {untested.map(([cls, actions]) => (
                <fieldset key={cls} className="toggles__group">
                  <legend>{AGENT_CLASS_LABELS[cls]}</legend>
                  {actions.map((a) => (
                    <ActionToggle key={a.id} action={a} disabledReason={reason} />
                  ))}
                </fieldset>
              ))}
              {absentKinds.length > 0 && (
                <fieldset className="toggles__group">
                  <legend>Conditions</legend>
                  {absentKinds.map(({ group, kind }) => (
                    <button key={kind} type="button" className="toggle" disabled title={`${reason}: no ${kind.replace('-', ' ')} condition`}>
                      {group}: {kind.replace('-', ' ')}
                    </button>
                  ))}
                </fieldset>
              )}
            </>
          )}
        </details>
      )}
    </section>
  )
})
