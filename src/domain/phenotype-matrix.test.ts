import { describe, expect, it } from 'vitest'
import { Agent } from './schema/agent'
import { PhenotypeCall } from './schema/phenotype'
import { buildMatrix, comboKey, countCalls, filterMatrix, matrixFacets, NO_FILTER, type MatrixMatch, type MatrixStudy } from './phenotype-matrix'
import * as ids from '../test/ids'

const agent = (id: string, name: string, cls: Agent['class'], targets: string[]) =>
  Agent.parse({
    id,
    name,
    class: cls,
    kind: 'small-molecule',
    targets,
    action: 'inhibits',
  })
const CATALOGUE = [
  agent('lor', 'Lorlatinib', 'alk-tki', ['ALK']),
  agent('pan', 'Pan-HER', 'her-tki', ['HER1', 'HER3']),
  agent('pal', 'Palbociclib', 'cdk46-inhibitor', ['CDK4', 'CDK6']),
]
const call = (id: string, model: string, condition: string | undefined, agents: string[], c: PhenotypeCall['call']) =>
  PhenotypeCall.parse({ id, model, condition, agents, call: c })

// Two small hand-made studies: lung (3 calls on 2 rows) and breast (2 calls on 1 row, one pair disagreeing).
const LUNG: MatrixStudy = {
  id: ids.study('lung2020'),
  cancer: 'lung',
  title: 'ALK escape',
  models: new Map([
    [ids.model('h'), 'H3122'],
    [ids.model('hlr'), 'H3122LR'],
  ]),
  conditions: new Map([
    [ids.condition('par'), 'parental'],
    [ids.condition('res'), 'resistant'],
  ]),
  phenotypes: [
    call('a', 'h', 'par', ['lor'], 'sensitive'),
    call('b', 'hlr', 'res', ['lor'], 'resistant'),
    call('c', 'hlr', 'res', ['pan', 'lor'], 'resensitised'),
  ],
}
const BREAST: MatrixStudy = {
  id: ids.study('breast2021'),
  cancer: 'breast',
  title: 'CDK escape',
  models: new Map([[ids.model('m'), 'MCF-7']]),
  conditions: new Map(),
  phenotypes: [call('d', 'm', undefined, ['pal'], 'resistant'), call('e', 'm', undefined, ['pal'], 'sensitive')],
}

describe('buildMatrix', () => {
  const m = buildMatrix([LUNG, BREAST], CATALOGUE)

  it('makes one row per study × model × condition and one column per agent combination', () => {
    expect(m.rows.map((r) => r.key)).toEqual(['lung2020|h|par', 'lung2020|hlr|res', 'breast2021|m|'])
    // Each combination right after its anchor (the agent of the earliest class): lorlatinib, + pan-HER, then palbociclib.
    expect(m.columns.map((c) => c.key)).toEqual(['lor', 'lor+pan', 'pal'])
    expect(m.columns[1]).toMatchObject({ label: 'Lorlatinib + Pan-HER', anchor: 'lor', added: 'Pan-HER', targets: ['ALK', 'HER1', 'HER3'] })
    expect(m.columns[0]!.added).toBe('')
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
    expect(matrixFacets(m)).toEqual({
      cancers: ['breast', 'lung'],
      classes: ['alk-tki', 'her-tki', 'cdk46-inhibitor'],
      nodes: ['ALK', 'CDK4', 'CDK6', 'HER1', 'HER3'],
    })
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

  const match = (m: Partial<MatrixMatch>): MatrixMatch => ({ agents: new Set(), rows: new Set(), studies: new Set(), calls: new Set(), ...m })

  it('a matched agent keeps every column holding it and the rows tested there', () => {
    expect(filterMatrix(m, NO_FILTER, match({ agents: new Set(['lor']) })).columns.map((c) => c.key)).toEqual(['lor', 'lor+pan'])
    expect(filterMatrix(m, NO_FILTER, match({ agents: new Set(['pan']) })).rows.map((r) => r.key)).toEqual(['lung2020|hlr|res'])
  })

  it('matched rows, else matched studies, narrow the rows; a match of nothing leaves nothing', () => {
    expect(filterMatrix(m, NO_FILTER, match({ rows: new Set(['lung2020|h|par']) })).rows.map((r) => r.key)).toEqual(['lung2020|h|par'])
    expect(filterMatrix(m, NO_FILTER, match({ studies: new Set(['breast2021']) })).rows.map((r) => r.key)).toEqual(['breast2021|m|'])
    expect(filterMatrix(m, NO_FILTER, match({}))).toEqual({ rows: [], columns: [] })
  })

  it('a call filter keeps only rows and columns with that call', () => {
    expect(keys({ call: 'resensitised' })).toEqual({ rows: ['lung2020|hlr|res'], columns: ['lor+pan'] })
  })

  it('"tested only" off keeps the empty rows and columns of the current filter', () => {
    expect(keys({ drugClass: 'her-tki', testedOnly: false })).toEqual({ rows: ['lung2020|h|par', 'lung2020|hlr|res', 'breast2021|m|'], columns: ['lor+pan'] })
  })

  it('rows follow each study’s own order of models and conditions', () => {
    const shuffled = { ...LUNG, phenotypes: [...LUNG.phenotypes].reverse() }
    expect(buildMatrix([shuffled], CATALOGUE).rows.map((r) => r.key)).toEqual(['lung2020|h|par', 'lung2020|hlr|res'])
  })
})
