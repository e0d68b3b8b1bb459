import { describe, expect, it } from 'vitest'
import { Pathway, PathwayEdge, PathwayNode } from '../schema/pathway'
import * as ids from '../../test/ids'
import { combinePathways } from './combine'

const node = (id: string, symbol: string, support?: 'proposed') =>
  PathwayNode.parse({ id, label: symbol, type: 'kinase', symbol, ...(support ? { support } : {}) })
const edge = (extra: object) => PathwayEdge.parse({ id: 'a-b', from: 'a', to: 'b', type: 'activates', ...extra })
const pathway = (nodes: Pathway['nodes'], edges: Pathway['edges']) => Pathway.parse({ nodes, edges })

describe('combined pathway: proposed and not-active marks survive the merge only when every study agrees', () => {
  it('one study alone keeps its marks', () => {
    const m = combinePathways([
      { id: ids.study('one2020'), pathway: pathway([node('a', 'A', 'proposed'), node('b', 'B')], [edge({ support: 'proposed', inactive: true })]) },
    ])
    expect(m.nodes.find((n) => n.id === 'sym-a')?.support).toBe('proposed')
    expect(m.edges[0]).toMatchObject({ support: 'proposed', inactive: true })
  })

  it('a study that shows the link, or finds it active, outweighs one that only proposes it or finds it inactive', () => {
    const m = combinePathways([
      { id: ids.study('one2020'), pathway: pathway([node('a', 'A', 'proposed'), node('b', 'B')], [edge({ support: 'proposed', inactive: true })]) },
      { id: ids.study('two2021'), pathway: pathway([node('a', 'A'), node('b', 'B')], [edge({})]) },
    ])
    expect(m.nodes.find((n) => n.id === 'sym-a')?.support).toBeUndefined()
    expect(m.edges).toHaveLength(1)
    expect(m.edges[0]?.support).toBeUndefined()
    expect(m.edges[0]?.inactive).toBeUndefined()
  })
})
