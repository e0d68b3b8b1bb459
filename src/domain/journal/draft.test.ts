import { describe, expect, it } from 'vitest'
import { mockCatalogue } from '../../../scripts/journal-fixtures'
import { Catalogue } from '../schema/agent'
import { checkBundle } from './check-bundle'
import { buildBundle, emptyDraft, type Draft } from './draft'
import { mapRows, parseTable, type ColumnMap } from './table-series'

const catalogue = Catalogue.parse(mockCatalogue())
const MAP: ColumnMap = { label: 'group', value: 'viability', unit: { fixed: '%' }, provenance: { column: 'provenance' }, source: { column: 'figure' } }

const draft = (): Draft => ({
  ...emptyDraft(),
  id: 'club2026',
  authors: 'Smith J\nJones K',
  title: 'A test study of resistance',
  journal: 'Test Journal',
  year: '2026',
  cancer: 'lung adenocarcinoma',
  mechanism: 'a bypass keeps the cells growing',
  summary: 'A study written up in the editor for a journal club, with one pasted table of viability values.',
  agents: ['lorlatinib'],
  drugsResisted: ['lorlatinib'],
  models: [{ id: 'h3122', name: 'H3122', kind: 'cell-line', description: 'ALK-rearranged line' }],
  claims: [{ id: 'c1', title: 'Cells resist', text: 'The resistant cells keep growing under the drug.' }],
  caveats: [{ id: 'k1', kind: 'limitation', title: 'One line only', text: 'Only one cell line was tested here.', locations: 'Methods; Fig. 1' }],
  digitisation: { tool: 'WebPlotDigitizer 4.6', date: '2026-01-05' },
})

describe('pasted tables', () => {
  it('reads TSV and CSV alike, with the header naming the columns', () => {
    const tsv = parseTable('group\tviability\tprovenance\tfigure\nparental\t12.5\treported\tFig. 1B\nresistant\t88\tdigitised\tFig. 1B')
    const csv = parseTable('group,viability,provenance,figure\nparental,12.5,reported,Fig. 1B\nresistant,88,digitised,Fig. 1B')
    expect(tsv).toEqual(csv)
    expect(tsv.ok && tsv.table.columns).toEqual(['group', 'viability', 'provenance', 'figure'])
  })

  it('maps each column to value, unit, provenance and source, and names every unreadable cell', () => {
    const t = parseTable('group,viability,provenance,figure\nparental,12.5,reported,Fig. 1B\nresistant,lots,derived,\n')
    if (!t.ok) throw new Error('parse failed')
    const { rows, problems } = mapRows(t.table, MAP)
    expect(rows[0]).toEqual({ label: 'parental', value: 12.5, unit: '%', provenance: 'reported', locator: 'Fig. 1B' })
    expect(problems.map((p) => p.path)).toEqual(['row 3.viability', 'row 3 provenance', 'row 3 source'])
  })

  it('refuses a table without rows', () => {
    expect(parseTable('only,a,header').ok).toBe(false)
  })
})

describe('the editor writes the bundle format', () => {
  it('builds a bundle that passes the same schema and integrity checks as an import', () => {
    const t = parseTable('group\tviability\tprovenance\tfigure\nparental\t12.5\treported\tFig. 1B\nresistant\t88\tdigitized\tFig. 1B')
    if (!t.ok) throw new Error('parse failed')
    const d = draft()
    d.series = [
      {
        id: 'viability',
        title: 'Viability under lorlatinib',
        locator: 'Fig. 1B',
        endpoint: 'viability',
        measure: 'viable cells',
        model: 'h3122',
        rows: mapRows(t.table, MAP).rows,
      },
    ]
    d.newAgents = [{ id: 'newdrug', name: 'New drug', class: 'other', kind: 'small-molecule', targets: 'HER3, EGFR', action: 'inhibits' }]
    const raw = buildBundle(d)
    const check = checkBundle(raw, catalogue)
    expect(check.ok ? [] : check.problems).toEqual([])
    expect(check.ok && check.bundle.evidence.map((e) => e.quantity.provenance)).toEqual(['reported', 'digitized'])
    expect(check.ok && check.bundle.agents?.[0]?.targets).toEqual(['HER3', 'EGFR'])
  })

  it('an incomplete draft is refused with paths, not saved half-made', () => {
    const check = checkBundle(buildBundle({ ...draft(), title: '', models: [] }), catalogue)
    expect(check.ok ? [] : check.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['study.citation.title', 'study.models']))
  })
})
