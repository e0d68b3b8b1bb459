import { describe, expect, it } from 'vitest'
import { AgentId, idFrom, StudyId } from './ids'
import { Model } from './study'

describe('branded ids', () => {
  it('idFrom turns an outside string into an id only when the schema accepts it', () => {
    expect(idFrom(AgentId, 'palbociclib')).toBe('palbociclib')
    expect(idFrom(AgentId, 'Palbociclib')).toBeUndefined()
    expect(idFrom(AgentId, 42)).toBeUndefined()
    expect(idFrom(StudyId, 'mo2022')).toBe('mo2022')
    expect(idFrom(StudyId, 'mo')).toBeUndefined()
  })

  it('the data files keep plain strings as input: parsing a model brands its id and its parent', () => {
    const m = Model.parse({ id: 'mcf7-r', name: 'MCF-7 R', kind: 'derived-line', description: 'resistant line', parent: 'mcf7' })
    expect([m.id, m.parent]).toEqual(['mcf7-r', 'mcf7'])
  })
})
