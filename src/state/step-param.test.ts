import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as ids from '../test/ids'
import { goToStep } from './step-param'
import { useViewStore } from './store'
import { currentSearch, startUrlSync } from './url-sync'
import { DEFAULT_VIEW } from './view-state'

/** A window with just what the URL sync and goToStep use: an address, a history that counts its writes, events. */
function fakeWindow(start: string) {
  const entries = [start]
  let at = 0
  let writes = 0
  const url = () => new URL(entries[at]!, 'http://localhost')
  const target = new EventTarget()
  const win = Object.assign(target, {
    location: {
      get pathname() {
        return url().pathname
      },
      get search() {
        return url().search
      },
      get hash() {
        return url().hash
      },
      get href() {
        return url().href
      },
    },
    history: {
      state: null,
      pushState: (_: unknown, __: string, u: string) => {
        writes++
        entries.splice(at + 1, Infinity, u)
        at++
      },
      replaceState: (_: unknown, __: string, u: string) => {
        writes++
        entries[at] = u
      },
    },
  })
  return {
    win: win as unknown as Window,
    writes: () => writes,
    back: () => {
      at--
      target.dispatchEvent(new Event('popstate'))
    },
    entries: () => entries.slice(0, at + 1).map((e) => Object.fromEntries(new URL(e, 'http://localhost').searchParams)),
  }
}

const params = (win: Window) => Object.fromEntries(new URLSearchParams(win.location.search))

/** Lets the URL sync write its pending entry (it waits for the next paint; this window has no frames, so a task). */
const painted = () => vi.runAllTimers()

let stop = () => {}
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  stop()
  useViewStore.getState().replaceView(DEFAULT_VIEW)
  vi.useRealTimers()
})

describe('goToStep', () => {
  it('writes one history entry carrying both the step and its selection', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    const before = f.writes()
    goToStep('second', { drugs: ids.agents('palbociclib', 'everolimus'), conditions: ids.conditions('s6k1-high') }, f.win)
    painted()
    expect(f.writes() - before).toBe(1)
    expect(params(f.win)).toEqual({ drugs: 'palbociclib,everolimus', cond: 's6k1-high', step: 'second' })
  })

  it('still writes one entry when the step keeps the same selection', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    const before = f.writes()
    goToStep('second', { drugs: ids.agents('palbociclib'), conditions: [] }, f.win)
    painted()
    expect(f.writes() - before).toBe(1)
    expect(params(f.win)).toEqual({ drugs: 'palbociclib', step: 'second' })
  })

  it('Back returns to the previous step with its own selection', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    goToStep('second', { drugs: ids.agents('palbociclib', 'everolimus'), conditions: [] }, f.win)
    painted()
    f.back()
    expect(params(f.win)).toEqual({ drugs: 'palbociclib', step: 'first' })
    expect(useViewStore.getState().drugs).toEqual(['palbociclib'])
  })

  it('without a running URL sync, pushes the step itself', () => {
    const f = fakeWindow('/study/mo2022?step=first')
    goToStep('second', { drugs: [], conditions: [] }, f.win)
    expect(f.writes()).toBe(1)
    expect(params(f.win)).toEqual({ step: 'second' })
  })

  it('writes the entry after the next paint, while the step already reads as the new one', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    const before = f.writes()
    goToStep('second', { drugs: ids.agents('palbociclib', 'everolimus'), conditions: [] }, f.win)
    expect(f.writes() - before).toBe(0)
    expect(new URLSearchParams(currentSearch(f.win)).get('step')).toBe('second')
    painted()
    expect(f.writes() - before).toBe(1)
    expect(currentSearch(f.win)).toBe(f.win.location.search)
  })

  it('two quick steps give two entries, and Back undoes one', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    goToStep('second', { drugs: ids.agents('palbociclib', 'everolimus'), conditions: [] }, f.win)
    goToStep('third', { drugs: ids.agents('everolimus'), conditions: [] }, f.win)
    painted()
    expect(f.entries().map((e) => e.step)).toEqual(['first', 'second', 'third'])
    f.back()
    expect(params(f.win)).toEqual({ drugs: 'palbociclib,everolimus', step: 'second' })
    expect(useViewStore.getState().drugs).toEqual(['palbociclib', 'everolimus'])
  })

  it('a click before the paint writes the pending entry first', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    goToStep('second', { drugs: ids.agents('everolimus'), conditions: [] }, f.win)
    f.win.dispatchEvent(new Event('click'))
    expect(params(f.win)).toEqual({ drugs: 'everolimus', step: 'second' })
    painted()
    expect(f.entries()).toHaveLength(2)
  })

  it('Back before the paint drops the pending entry: the address it moved to is the truth', () => {
    const f = fakeWindow('/study/mo2022?step=zero')
    stop = startUrlSync(f.win)
    goToStep('first', { drugs: ids.agents('palbociclib'), conditions: [] }, f.win)
    painted()
    goToStep('second', { drugs: ids.agents('everolimus'), conditions: [] }, f.win)
    f.back()
    painted()
    expect(params(f.win)).toEqual({ step: 'zero' })
    expect(currentSearch(f.win)).toBe('?step=zero')
    expect(useViewStore.getState().drugs).toEqual([])
  })

  it('keeps a parameter another control wrote before the pending entry', () => {
    const f = fakeWindow('/study/mo2022?step=first')
    stop = startUrlSync(f.win)
    goToStep('second', { drugs: ids.agents('palbociclib'), conditions: [] }, f.win)
    f.win.history.replaceState(null, '', '/study/mo2022?step=first&pw=mtor')
    painted()
    expect(params(f.win)).toEqual({ drugs: 'palbociclib', step: 'second', pw: 'mtor' })
  })
})
