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
  /** Further keys (KeyboardEvent.key values, e.g. ' ' for Space) that also trigger it. */
  keys?: readonly string[]
  /** How help lists the keys, e.g. "→ / Space"; defaults to the shortcut. */
  keyLabel?: string
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
  const key = e.key.toLowerCase()
  return actions.find((a) => (a.shortcut && a.shortcut.toLowerCase() === key) || a.keys?.some((k) => k.toLowerCase() === key))
}

/** What present-mode actions drive; the Present view supplies it. */
export interface PresentControls {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  /** Go to the slide whose number was typed. */
  jump: () => void
  toggleFullscreen: () => void
  isFullscreen: () => boolean
  leave: () => void
  toggleHelp: () => void
}

const never = () => false

/** Present-mode navigation, registered once so keys, buttons and the on-screen help share the labels. */
export function presentActions(c: PresentControls): Action[] {
  const nav = (id: string, label: string, shortcut: string, keys: string[], keyLabel: string, perform: () => void): Action => ({
    id: `present:${id}`,
    label,
    group: 'Present',
    shortcut,
    keys,
    keyLabel,
    isActive: never,
    perform,
  })
  return [
    nav('next', 'Next slide, or reveal the data', 'ArrowRight', [' ', 'PageDown'], '→ / Space', c.next),
    nav('previous', 'Previous slide', 'ArrowLeft', ['PageUp'], '←', c.previous),
    nav('first', 'First slide', 'Home', [], 'Home', c.first),
    nav('last', 'Last slide', 'End', [], 'End', c.last),
    nav('jump', 'Go to slide: type its number, then Enter', '', [], '1…9 Enter', c.jump),
    { id: 'present:fullscreen', label: 'Full screen', group: 'Present', shortcut: 'f', keyLabel: 'F', isActive: c.isFullscreen, perform: c.toggleFullscreen },
    nav('help', 'Show or hide these keys', '?', [], '?', c.toggleHelp),
    nav('leave', 'Leave present mode', 'Escape', [], 'Esc', c.leave),
  ]
}

/** Deck-level switch: claim slides ask the room first, the next key reveals the data. */
export const predictAction: Action = {
  id: 'present:predict',
  label: 'Predict, then reveal',
  group: 'Present',
  shortcut: 'p',
  isActive: (s) => !!s.predict,
  perform: (s) => s.setPredict(!s.predict),
}
