import { afterEach, describe, expect, it } from 'vitest'
import * as ids from '../test/ids'
import { goToStep } from './step-param'
import { useViewStore } from './store'
import { startUrlSync } from './url-sync'
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
  }
}

const params = (win: Window) => Object.fromEntries(new URLSearchParams(win.location.search))

let stop = () => {}
afterEach(() => {
  stop()
  useViewStore.getState().replaceView(DEFAULT_VIEW)
})

describe('goToStep', () => {
  it('writes one history entry carrying both the step and its selection', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    const before = f.writes()
    goToStep('second', { drugs: ids.agents('palbociclib', 'everolimus'), conditions: ids.conditions('s6k1-high') }, f.win)
    expect(f.writes() - before).toBe(1)
    expect(params(f.win)).toEqual({ drugs: 'palbociclib,everolimus', cond: 's6k1-high', step: 'second' })
  })

  it('still writes one entry when the step keeps the same selection', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    const before = f.writes()
    goToStep('second', { drugs: ids.agents('palbociclib'), conditions: [] }, f.win)
    expect(f.writes() - before).toBe(1)
    expect(params(f.win)).toEqual({ drugs: 'palbociclib', step: 'second' })
  })

  it('Back returns to the previous step with its own selection', () => {
    const f = fakeWindow('/study/mo2022?drugs=palbociclib&step=first')
    stop = startUrlSync(f.win)
    goToStep('second', { drugs: ids.agents('palbociclib', 'everolimus'), conditions: [] }, f.win)
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
})
