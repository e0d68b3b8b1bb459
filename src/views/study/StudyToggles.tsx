import { useMemo } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { AGENT_CLASS_LABELS, type AgentClass } from '../../domain/schema/agent'
import type { StudyMeta } from '../../domain/schema/study'
import { conditionAction, drugAction, illustrativeAction } from '../../state/actions'
import { ActionToggle } from '../common/ActionToggle'

/** The study's drugs (grouped by class) and conditions as toggles bound to registered actions. */
export function StudyToggles({ study }: { study: StudyMeta }) {
  const { data: catalogue } = useCatalogue()
  const groups = useMemo(() => {
    const byClass = new Map<AgentClass, ReturnType<typeof drugAction>[]>()
    for (const id of study.agents) {
      const agent = catalogue?.find((a) => a.id === id) ?? { id, name: id, class: 'other' as const }
      byClass.set(agent.class, [...(byClass.get(agent.class) ?? []), drugAction(agent)])
    }
    return [...byClass]
  }, [catalogue, study.agents])
  return (
    <section className="toggles" aria-labelledby="toggles-h">
      <h2 id="toggles-h" className="visually-hidden">
        Toggles
      </h2>
      {groups.map(([cls, actions]) => (
        <fieldset key={cls} className="toggles__group">
          <legend>{AGENT_CLASS_LABELS[cls]}</legend>
          {actions.map((a) => (
            <ActionToggle key={a.id} action={a} />
          ))}
        </fieldset>
      ))}
      {study.conditions.length > 0 && (
        <fieldset className="toggles__group">
          <legend>Conditions</legend>
          {study.conditions.map((c) => (
            <ActionToggle key={c.id} action={conditionAction(c)} />
          ))}
        </fieldset>
      )}
      <fieldset className="toggles__group">
        <legend>Provenance</legend>
        <ActionToggle action={illustrativeAction} />
      </fieldset>
    </section>
  )
}
