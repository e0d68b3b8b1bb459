// Every curated series draws, checked at the registry level as pure view-model calls (no rendering):
// the study list comes from mock-data, so a new study or kind is covered without editing this file.
import { readdirSync, existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SeriesList, type Series } from '../domain/schema/series'
import { StudyMeta } from '../domain/schema/study'
import { groupsOf, seriesKinds, undrawableReason } from '../domain/series'
import { chartKindOf, chartKinds } from './kinds'
import { metaOf } from './kind'

const studies = readdirSync('mock-data').filter((d) => existsSync(`mock-data/${d}/series.json`))
const load = (id: string) => SeriesList.parse(JSON.parse(readFileSync(`mock-data/${id}/series.json`, 'utf8')))
const contextOf = (id: string) => StudyMeta.parse(JSON.parse(readFileSync(`mock-data/${id}/study.json`, 'utf8')))
const shownAll = (s: Series) => groupsOf(s).map(() => 'shown' as const)

describe('the registry', () => {
  it('has a chart for every domain kind and nothing else', () => {
    expect(Object.keys(chartKinds).sort()).toEqual(Object.keys(seriesKinds).sort())
  })

  it('finds the curated studies in mock-data', () => expect(studies.length).toBeGreaterThanOrEqual(1))
})

describe.each(studies)('every curated series of %s draws', (study) => {
  const series = load(study)
  const context = contextOf(study)
  it.each(series.map((s) => [s.id, s] as const))('%s: drawable, a non-empty view, CSV rows with provenance', (_id, s) => {
    expect(undrawableReason(s)).toBeNull()
    const def = chartKindOf(s)
    const view = def.view(s, shownAll(s), false, def.defaultOptions, context)
    expect(def.drawn(view)).toBeGreaterThan(0)
    const csv = def.csv(view, metaOf(s))
    expect(csv.rows.length).toBeGreaterThan(0)
    const prov = csv.columns.indexOf('provenance')
    for (const row of csv.rows) expect(['reported', 'derived', 'illustrative', 'digitized']).toContain(row[prov])
  })
})

describe('the illustrative switch', () => {
  it('empties a figure made only of illustrative marks and counts what it hid', () => {
    const s = load('wu2023').find((x) => x.id === 'co-fig6b-ctnnb1-il8')!
    const def = chartKindOf(s)
    const view = def.view(s, shownAll(s), true, def.defaultOptions, contextOf('wu2023'))
    expect(def.drawn(view)).toBe(0)
    expect(def.hiddenIllustrative(view)).toBeGreaterThan(0)
  })
})
