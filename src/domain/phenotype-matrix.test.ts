import { describe, expect, it } from 'vitest'
import type { Agent } from './schema/agent'
import type { PhenotypeCall } from './schema/phenotype'
import { buildMatrix, comboKey, countCalls, filterMatrix, matrixFacets, NO_FILTER, type MatrixStudy } from './phenotype-matrix'

const agent = (id: string, name: string, cls: Agent['class'], targets: string[]): Agent => ({ id, name, class: cls, kind: 'small-molecule', targets, action: 'inhibits' })
const CATALOGUE = [agent('lor', 'Lorlatinib', 'alk-tki', ['ALK']), agent('pan', 'Pan-HER', 'her-tki', ['HER1', 'HER3']), agent('pal', 'Palbociclib', 'cdk46-inhibitor', ['CDK4', 'CDK6'])]
const call = (id: string, model: string, condition: string | undefined, agents: string[], c: PhenotypeCall['call']): PhenotypeCall => ({ id, model, condition, agents, call: c, evidence: [], series: [] })

// Two small hand-made studies: lung (3 calls on 2 rows) and breast (2 calls on 1 row, one pair disagreeing).
const LUNG: MatrixStudy = {
  id: 'lung2020',
  cancer: 'lung',
  title: 'ALK escape',
  models: new Map([['h', 'H3122'], ['hlr', 'H3122LR']]),
  conditions: new Map([['par', 'parental'], ['res', 'resistant']]),
  phenotypes: [call('a', 'h', 'par', ['lor'], 'sensitive'), call('b', 'hlr', 'res', ['lor'], 'resistant'), call('c', 'hlr', 'res', ['pan', 'lor'], 'resensitised')],
}
const BREAST: MatrixStudy = {
  id: 'breast2021',
  cancer: 'breast',
  title: 'CDK escape',
  models: new Map([['m', 'MCF-7']]),
  conditions: new Map(),
  phenotypes: [call('d', 'm', undefined, ['pal'], 'resistant'), call('e', 'm', undefined, ['pal'], 'sensitive')],
}

describe('buildMatrix', () => {
  const m = buildMatrix([LUNG, BREAST], CATALOGUE)

  it('makes one row per study × model × condition and one column per agent combination', () => {
    expect(m.rows.map((r) => r.key)).toEqual(['lung2020|h|par', 'lung2020|hlr|res', 'breast2021|m|'])
    // Singles first (ALK TKI before CDK4/6 by class order), then the combination; combination ids are sorted.
    expect(m.columns.map((c) => c.key)).toEqual(['lor', 'pal', 'lor+pan'])
    expect(m.columns[2]!.label).toBe('Lorlatinib + Pan-HER')
    expect(m.columns[2]!.targets).toEqual(['ALK', 'HER1', 'HER3'])
  })

  it('fills cells with the call; disagreeing calls on one cell read "partial" and keep both', () => {
    expect(m.cells.get('lung2020|hlr|res')?.get('lor+pan')?.call).toBe('resensitised')
    const mixed = m.cells.get('breast2021|m|')?.get('pal')
    expect(mixed?.call).toBe('partial')
    expect(mixed?.calls.map((c) => c.id)).toEqual(['d', 'e'])
    expect(m.cells.get('lung2020|h|par')?.get('lor+pan')).toBeUndefined() // not tested
  })

  it('comboKey ignores order', () => {
    expect(comboKey(['pan', 'lor'])).toBe(comboKey(['lor', 'pan']))
  })

  it('facets list what is present', () => {
    expect(matrixFacets(m)).toEqual({ cancers: ['breast', 'lung'], classes: ['alk-tki', 'her-tki', 'cdk46-inhibitor'], nodes: ['ALK', 'CDK4', 'CDK6', 'HER1', 'HER3'] })
  })

  it('counts calls over the visible slice, by hand: R (hlr, lor), S (h, lor), RS (hlr, lor+pan), P (m, pal)', () => {
    expect(countCalls(m, filterMatrix(m, NO_FILTER))).toEqual({ resistant: 1, sensitive: 1, resensitised: 1, partial: 1, 'not-established': 0 })
  })
})

describe('filterMatrix', () => {
  const m = buildMatrix([LUNG, BREAST], CATALOGUE)
  const keys = (f: Partial<typeof NO_FILTER>) => {
    const s = filterMatrix(m, { ...NO_FILTER, ...f })
    return { rows: s.rows.map((r) => r.key), columns: s.columns.map((c) => c.key) }
  }

  it('cancer keeps that cancer’s rows and the columns they test', () => {
    expect(keys({ cancer: 'breast' })).toEqual({ rows: ['breast2021|m|'], columns: ['pal'] })
  })

  it('drug class keeps columns with an agent of that class, then only rows tested there', () => {
    expect(keys({ drugClass: 'her-tki' })).toEqual({ rows: ['lung2020|hlr|res'], columns: ['lor+pan'] })
  })

  it('pathway node keeps columns whose agents act on it', () => {
    expect(keys({ node: 'CDK6' })).toEqual({ rows: ['breast2021|m|'], columns: ['pal'] })
  })

  it('search matches models, studies, agents and target nodes', () => {
    expect(keys({ query: 'h3122lr' }).rows).toEqual(['lung2020|hlr|res'])
    expect(keys({ query: 'breast2021' }).rows).toEqual(['breast2021|m|'])
    expect(keys({ query: 'her3' })).toEqual({ rows: ['lung2020|hlr|res'], columns: ['lor+pan'] })
    expect(keys({ query: 'nothing like this' })).toEqual({ rows: [], columns: [] })
  })
})
