import type { Agent } from '../domain/schema/agent'
import type { Condition } from '../domain/schema/study'
import type { ViewStore } from './store'

/**
 * One user command, registered once: buttons, keyboard shortcuts and present mode all use it.
 * (Modelled on excalidraw's actions.)
 */
export interface Action {
  id: string
  label: string
  /** Grouping for menus and the toggle panel. */
  group: string
  /** Single key, matched case-insensitively, without modifiers. */
  shortcut?: string
  /** Whether the toggle is on, for aria-pressed. */
  isActive: (s: ViewStore) => boolean
  perform: (s: ViewStore) => void
}

/** Switch the colour theme. */
export const themeAction: Action = {
  id: 'theme',
  label: 'Dark theme',
  group: 'View',
  shortcut: 'd',
  isActive: (s) => s.theme === 'dark',
  perform: (s) => s.setTheme(s.theme === 'dark' ? 'light' : 'dark'),
}

/** Hide every illustrative (not measured) series, app-wide. */
export const illustrativeAction: Action = {
  id: 'hide-illustrative',
  label: 'Hide illustrative values',
  group: 'View',
  shortcut: 'i',
  isActive: (s) => s.hideIllustrative,
  perform: (s) => s.setHideIllustrative(!s.hideIllustrative),
}

/** Switch one drug or agent on or off. */
export function drugAction(agent: Pick<Agent, 'id' | 'name' | 'class'>): Action {
  return {
    id: `drug:${agent.id}`,
    label: agent.name,
    group: agent.class,
    isActive: (s) => s.drugs.includes(agent.id),
    perform: (s) => s.toggleDrug(agent.id),
  }
}

/** Switch one condition (resistant, amplified, knock-down...) on or off. */
export function conditionAction(condition: Pick<Condition, 'id' | 'label' | 'kind'>): Action {
  return {
    id: `condition:${condition.id}`,
    label: condition.label,
    group: condition.kind,
    isActive: (s) => s.conditions.includes(condition.id),
    perform: (s) => s.toggleCondition(condition.id),
  }
}

/** Actions with keyboard shortcuts, always available. */
export const GLOBAL_ACTIONS: readonly Action[] = [themeAction, illustrativeAction]

/** The action whose shortcut matches a key event, ignoring typing in form fields. */
export function actionForKey(actions: readonly Action[], e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): Action | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined
  return actions.find((a) => a.shortcut && a.shortcut.toLowerCase() === e.key.toLowerCase())
}
