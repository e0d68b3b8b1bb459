import type { Condition, ConditionKind } from '../../domain/schema/study'

/** How the panel groups condition kinds, in the order the issue lists them. */
export const CONDITION_GROUPS: readonly { label: string; kinds: readonly ConditionKind[] }[] = [
  { label: 'Cell state', kinds: ['parental', 'persister', 'resistant', 'resensitised'] },
  { label: 'Conditioned medium', kinds: ['conditioned-medium'] },
  { label: 'Knock-down / over-expression', kinds: ['knockdown', 'overexpression'] },
  { label: 'Copy number', kinds: ['amplified', 'wild-type'] },
  { label: 'Expression level', kinds: ['high-expression', 'low-expression'] },
  { label: 'Controls', kinds: ['control'] },
]

/** Conditions grouped by kind, groups in CONDITION_GROUPS order, empty groups left out. */
export function groupConditions(conditions: readonly Condition[]): [string, Condition[]][] {
  return CONDITION_GROUPS.map((g) => [g.label, conditions.filter((c) => g.kinds.includes(c.kind))] as [string, Condition[]]).filter(([, cs]) => cs.length > 0)
}
