import { beforeEach, describe, expect, it } from 'vitest'
import { useViewStore } from '../../state/store'
import { DEFAULT_VIEW } from '../../state/view-state'
import { rescueAction } from './rescue-action'
import * as ids from '../../test/ids'

const sel = {
  before: { drugs: ids.agents('palbociclib'), conditions: ids.conditions('s6k1-amp') },
  after: { drugs: ids.agents('palbociclib', 'everolimus'), conditions: ids.conditions('s6k1-amp') },
}

describe('rescueAction', () => {
  beforeEach(() => useViewStore.setState({ ...DEFAULT_VIEW, drugs: ids.agents('palbociclib'), conditions: ids.conditions('s6k1-amp'), slide: 7 }))
  it('goes before → after → before through the store, keeping the slide', () => {
    const a = rescueAction(sel, 'Everolimus')
    expect(a.label).toBe('Add Everolimus')
    expect(a.isActive(useViewStore.getState())).toBe(false)
    a.perform(useViewStore.getState())
    expect(useViewStore.getState()).toMatchObject({ drugs: ids.agents('palbociclib', 'everolimus'), conditions: ids.conditions('s6k1-amp'), slide: 7 })
    expect(a.isActive(useViewStore.getState())).toBe(true)
    a.perform(useViewStore.getState())
    expect(useViewStore.getState()).toMatchObject({ drugs: ids.agents('palbociclib'), conditions: ids.conditions('s6k1-amp') })
  })
  it('from any other state (a free toggle was used) it goes to after', () => {
    useViewStore.setState({ drugs: [], conditions: [] })
    rescueAction(sel, 'Everolimus').perform(useViewStore.getState())
    expect(useViewStore.getState()).toMatchObject({ drugs: ids.agents('palbociclib', 'everolimus'), conditions: ids.conditions('s6k1-amp') })
  })
})
