import type { Digitisation, MappedRow } from './table-series'

/** Text fields of one row of a list in the editor (a model, a claim, a node...), keyed by the schema's field names. */
export type DraftRow = Record<string, string>

/** A series entered as a pasted table: each row becomes an endpoint group. */
export interface DraftSeries {
  id: string
  title: string
  /** Figure/panel of the whole series, e.g. "Fig. 2C". */
  locator: string
  endpoint: string
  measure: string
  /** Model every group belongs to (optional). */
  model: string
  rows: MappedRow[]
}

/** Everything the "New study" editor holds, as typed; `buildBundle` turns it into the bundle format. */
export interface Draft {
  id: string
  /** One author per line. */
  authors: string
  title: string
  journal: string
  year: string
  doi: string
  cancer: string
  mechanism: string
  summary: string
  textKind: 'full-text' | 'abstract'
  /** Agent ids picked from the shared catalogue. */
  agents: string[]
  drugsResisted: string[]
  /** Agents the catalogue lacks: id, name, class, kind, targets (comma-separated), action. */
  newAgents: DraftRow[]
  models: DraftRow[]
  conditions: DraftRow[]
  claims: DraftRow[]
  /** Caveats: id, kind, title, text, locations (separated by ";"). */
  caveats: DraftRow[]
  nodes: DraftRow[]
  edges: DraftRow[]
  series: DraftSeries[]
  digitisation: Digitisation
}

/** An empty draft with one phenotype node, since a pathway needs at least one. */
export const emptyDraft = (): Draft => ({
  id: '',
  authors: '',
  title: '',
  journal: '',
  year: '',
  doi: '',
  cancer: '',
  mechanism: '',
  summary: '',
  textKind: 'full-text',
  agents: [],
  drugsResisted: [],
  newAgents: [],
  models: [],
  conditions: [],
  claims: [],
  caveats: [],
  nodes: [{ id: 'resistance', label: 'Resistance', type: 'phenotype' }],
  edges: [],
  series: [],
  digitisation: { tool: '', date: '' },
})

/** Copies the named fields, leaving out empty optional ones so the schema's defaults apply. */
const fields = (row: DraftRow, required: string[], optional: string[] = []) =>
  Object.fromEntries([...required.map((k) => [k, (row[k] ?? '').trim()]), ...optional.filter((k) => (row[k] ?? '').trim()).map((k) => [k, row[k]!.trim()])])

const split = (text: string, by: RegExp) =>
  text
    .split(by)
    .map((s) => s.trim())
    .filter(Boolean)

/** The bundle object the editor writes: the same format an import reads. Checking it is the caller's job (checkBundle). */
export function buildBundle(d: Draft): Record<string, unknown> {
  const study = d.id.trim()
  const source = (locator: string) => ({ study, locator: locator.trim() })
  const quantity = (r: MappedRow) => ({
    value: r.value,
    unit: r.unit,
    provenance: r.provenance,
    source: source(r.locator),
    ...(r.provenance === 'digitized' ? { digitization: { tool: d.digitisation.tool.trim(), date: d.digitisation.date.trim() } } : {}),
  })
  const evidence = d.series.flatMap((s) =>
    s.rows.flatMap((r, i) =>
      r.provenance === 'illustrative'
        ? []
        : [{ id: `${s.id}-${i + 1}`, measure: `${s.measure}: ${r.label}`, quantity: quantity(r), ...(s.model ? { model: s.model } : {}) }],
    ),
  )
  const newAgents = d.newAgents.map((a) => ({ ...fields(a, ['id', 'name', 'class', 'kind', 'action']), targets: split(a.targets ?? '', /,/) }))
  const bundle: Record<string, unknown> = {
    study: {
      id: study,
      citation: {
        authors: split(d.authors, /\n/),
        title: d.title.trim(),
        journal: d.journal.trim(),
        year: Number(d.year),
        ...(d.doi.trim() ? { doi: d.doi.trim() } : {}),
      },
      summary: d.summary.trim(),
      cancer: d.cancer.trim(),
      drugsResisted: d.drugsResisted,
      mechanism: d.mechanism.trim(),
      textKind: d.textKind,
      models: d.models.map((m) => fields(m, ['id', 'name', 'kind', 'description'], ['parent'])),
      conditions: d.conditions.map((c) => fields(c, ['id', 'label', 'kind', 'description'])),
      agents: [...d.agents, ...newAgents.map((a) => a.id as string)],
      claims: d.claims.map((c) => fields(c, ['id', 'title', 'text'], ['notes'])),
      caveats: d.caveats.map((c) => ({ ...fields(c, ['id', 'kind', 'title', 'text']), locations: split(c.locations ?? '', /;/) })),
    },
    evidence,
    series: d.series.map((s) => ({
      id: s.id,
      kind: 'endpoint',
      title: s.title,
      source: source(s.locator),
      endpoint: s.endpoint,
      measure: s.measure,
      unit: s.rows[0]?.unit ?? '',
      groups: s.rows.map((r, i) => ({ id: `g${i + 1}`, label: r.label, ...(s.model ? { model: s.model } : {}), value: quantity(r) })),
    })),
    phenotypes: [],
    pathway: {
      nodes: d.nodes.map((n) => fields(n, ['id', 'label', 'type'], ['symbol'])),
      edges: d.edges.map((e) => fields(e, ['id', 'from', 'to', 'type'])),
    },
  }
  if (newAgents.length) bundle.agents = newAgents
  return bundle
}
