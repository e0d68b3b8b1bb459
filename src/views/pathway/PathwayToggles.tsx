import { AGENT_CLASS_LABELS, type Agent, type AgentClass } from '../../domain/schema/agent'
import type { AgentId, Condition } from '../../domain/schema/study'
import { conditionAction, drugAction } from '../../state/actions'
import { ActionToggle } from '../common/ActionToggle'

/** Props of PathwayToggles. */
interface Props {
  /** Agent ids that act on the diagram's nodes. */
  agentIds: readonly AgentId[]
  agents: ReadonlyMap<string, Agent>
  /** Conditions grouped under a heading (a study id, or "Conditions"). */
  conditionGroups: readonly { legend: string; conditions: readonly Condition[] }[]
}

/** The drugs that act on this diagram (grouped by class) and the conditions that switch its resistant route. */
export function PathwayToggles({ agentIds, agents, conditionGroups }: Props) {
  const byClass = new Map<AgentClass, ReturnType<typeof drugAction>[]>()
  for (const id of agentIds) {
    const a = agents.get(id) ?? { id, name: id, class: 'other' as const }
    byClass.set(a.class, [...(byClass.get(a.class) ?? []), drugAction(a)])
  }
  return (
    <section className="toggles pw-toggles" aria-labelledby="pw-toggles-h">
      <h2 id="pw-toggles-h" className="visually-hidden">
        Drug and condition toggles
      </h2>
      {[...byClass].map(([cls, actions]) => (
        <fieldset key={cls} className="toggles__group">
          <legend>{AGENT_CLASS_LABELS[cls]}</legend>
          {actions.map((a) => (
            <ActionToggle key={a.id} action={a} />
          ))}
        </fieldset>
      ))}
      {conditionGroups.map((g) => (
        <fieldset key={g.legend} className="toggles__group">
          <legend>{g.legend}</legend>
          {g.conditions.map((c) => (
            <ActionToggle key={c.id} action={conditionAction(c)} />
          ))}
        </fieldset>
      ))}
    </section>
  )
}
