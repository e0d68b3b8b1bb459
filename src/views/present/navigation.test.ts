import { describe, expect, it } from 'vitest'
import { predictAction, presentActions, type PresentControls } from '../../state/actions'
import { useViewStore } from '../../state/store'
import { DEFAULT_VIEW } from '../../state/view-state'
import { goToNav, interpretKey, nextNav, previousNav } from './navigation'
import { rescueAction } from './rescue-action'
import * as ids from '../../test/ids'

const noop = () => {}
const controls: PresentControls = {
  next: noop,
  previous: noop,
  first: noop,
  last: noop,
  jump: noop,
  toggleFullscreen: noop,
  isFullscreen: () => false,
  leave: noop,
  toggleHelp: noop,
}
const actions = [
  ...presentActions(controls),
  predictAction,
  rescueAction(
    { before: { drugs: ids.agents('palbociclib'), conditions: [] }, after: { drugs: ids.agents('palbociclib', 'rapamycin'), conditions: [] } },
    'Rapamycin',
  ),
]
const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods })

describe('slide navigation', () => {
  const asks = (n: number) => n === 2
  it('next reveals a slide that asks the room before moving on', () => {
    expect(nextNav({ slide: 1, revealed: false }, 5, asks)).toEqual({ slide: 2, revealed: false })
    expect(nextNav({ slide: 2, revealed: false }, 5, asks)).toEqual({ slide: 2, revealed: true })
    expect(nextNav({ slide: 2, revealed: true }, 5, asks)).toEqual({ slide: 3, revealed: false })
  })
  it('stops at the ends; previous shows the earlier slide revealed', () => {
    expect(nextNav({ slide: 5, revealed: false }, 5, asks)).toEqual({ slide: 5, revealed: true })
    expect(previousNav({ slide: 3, revealed: false })).toEqual({ slide: 2, revealed: true })
    expect(previousNav({ slide: 1, revealed: true })).toEqual({ slide: 1, revealed: true })
  })
  it('jumps are clamped to the deck', () => {
    expect(goToNav(12, 7)).toEqual({ slide: 7, revealed: false })
    expect(goToNav(0, 7)).toEqual({ slide: 1, revealed: false })
  })
})

describe('present keys', () => {
  const id = (k: string, buffer = '') => {
    const r = interpretKey(key(k), buffer, actions)
    return r.kind === 'action' ? r.action.id : r
  }
  it('maps arrows, Space, Home/End, F, Esc, ?, P and T/B to the registered actions', () => {
    expect(id('ArrowRight')).toBe('present:next')
    expect(id(' ')).toBe('present:next')
    expect(id('ArrowLeft')).toBe('present:previous')
    expect(id('Home')).toBe('present:first')
    expect(id('End')).toBe('present:last')
    expect(id('F')).toBe('present:fullscreen')
    expect(id('Escape')).toBe('present:leave')
    expect(id('?')).toBe('present:help')
    expect(id('p')).toBe('present:predict')
    expect(id('t')).toBe('present:rescue')
    expect(id('b')).toBe('present:rescue')
    expect(id('x')).toEqual({ kind: 'none' })
    expect(interpretKey(key('ArrowRight', { ctrlKey: true }), '', actions)).toEqual({ kind: 'none' })
  })
  it('digits then Enter jump; Backspace edits and Esc clears the number before leaving', () => {
    expect(id('1')).toEqual({ kind: 'digits', buffer: '1' })
    expect(id('2', '1')).toEqual({ kind: 'digits', buffer: '12' })
    expect(id('Enter', '12')).toEqual({ kind: 'jump', slide: 12 })
    expect(id('Enter', '0')).toEqual({ kind: 'digits', buffer: '' })
    expect(id('Backspace', '12')).toEqual({ kind: 'digits', buffer: '1' })
    expect(id('Escape', '12')).toEqual({ kind: 'digits', buffer: '' })
    expect(id('Enter')).toEqual({ kind: 'none' })
  })
})

describe('slide drug action (T)', () => {
  it('adds the partner with the base drug, then takes the partner away', () => {
    useViewStore.setState({ ...DEFAULT_VIEW, drugs: [] })
    const t = actions.at(-1)!
    t.perform(useViewStore.getState())
    expect(useViewStore.getState().drugs).toEqual(['palbociclib', 'rapamycin'])
    expect(t.isActive(useViewStore.getState())).toBe(true)
    t.perform(useViewStore.getState())
    expect(useViewStore.getState().drugs).toEqual(['palbociclib'])
  })
})
