import type { Agent, AgentClass } from './schema/agent'
import { AGENT_CLASSES } from './schema/agent'
import type { Call, PhenotypeCall } from './schema/phenotype'
import type { AgentId, ConditionId, ModelId, StudyId, StudyMeta } from './schema/study'

/** What the matrix needs of one study: its id, cancer, names of models and conditions, and its calls. */
export interface MatrixStudy {
  id: StudyId
  cancer: string
  title: string
  models: ReadonlyMap<ModelId, string>
  conditions: ReadonlyMap<ConditionId, string>
  phenotypes: readonly PhenotypeCall[]
}

/** One row: a model in a condition, within one study. */
export interface MatrixRow {
  key: string
  study: StudyId
  cancer: string
  model: ModelId
  modelName: string
  condition?: ConditionId | undefined
  conditionName?: string | undefined
  /** Lower-cased words the search matches against: study id, cancer, model and condition (not the study title). */
  text: string
}

/** One column: an agent or a combination of agents (sorted ids joined with "+"). */
export interface MatrixColumn {
  key: string
  agents: readonly AgentId[]
  label: string
  classes: readonly AgentClass[]
  /** Target symbols of its agents (the pathway nodes they act on). */
  targets: readonly string[]
  text: string
  /** The agent whose column this one sits beside (the first drug by class order); the column is that agent's own when alone. */
  anchor: AgentId
  /** Names of the agents added to the anchor ("Everolimus"), or "" for a single agent. */
  added: string
}

/** A tested cell: the study's call(s) for that model, condition and combination. */
export interface MatrixCell {
  call: Call
  /** Every phenotype call behind the cell (usually one). */
  calls: readonly PhenotypeCall[]
  study: StudyId
}

/** The whole cross-study matrix, before filtering. */
export interface PhenotypeMatrix {
  rows: readonly MatrixRow[]
  columns: readonly MatrixColumn[]
  /** cells.get(rowKey)?.get(columnKey) */
  cells: ReadonlyMap<string, ReadonlyMap<string, MatrixCell>>
}

/** Filters and search applied to the matrix; empty strings mean "any". */
export interface MatrixFilter {
  cancer: string
  drugClass: string
  node: string
  query: string
  /** Keep only cells with this call ("" = any). */
  call: Call | ''
  /** Hide rows and columns left without a tested cell (on by default). */
  testedOnly: boolean
}

export const NO_FILTER: MatrixFilter = { cancer: '', drugClass: '', node: '', query: '', call: '', testedOnly: true }

/** What a search matched, as the matrix uses it (see domain/search.ts). Empty sets mean "not restricted". */
export interface MatrixMatch {
  /** Keep columns holding one of these agents. */
  agents: ReadonlySet<string>
  /** Keep these rows (used when no agent matched). */
  rows: ReadonlySet<string>
  /** Keep the rows of these studies (used when neither agents nor rows matched). */
  studies: ReadonlySet<string>
  /** Keep cells with one of these calls ("restore" asks for re-sensitised ones). */
  calls: ReadonlySet<Call>
}

/** The matrix after filtering: the rows and columns to show. */
export interface MatrixSlice {
  rows: readonly MatrixRow[]
  columns: readonly MatrixColumn[]
}

/** Letter or symbol per call, so a cell never relies on colour alone. */
export const CALL_MARK: Record<Call, string> = { resistant: 'R', sensitive: 'S', resensitised: 'RS', partial: 'P', 'not-established': '?' }
/** Readable call names. */
export const CALL_LABEL: Record<Call, string> = {
  resistant: 'resistant',
  sensitive: 'sensitive',
  resensitised: 're-sensitised',
  partial: 'partial',
  'not-established': 'not established',
}

/** Picks what the matrix needs out of a study.json and its phenotypes.json. */
export function matrixStudy(meta: Pick<StudyMeta, 'id' | 'cancer' | 'models' | 'conditions' | 'citation'>, phenotypes: readonly PhenotypeCall[]): MatrixStudy {
  return {
    id: meta.id,
    cancer: meta.cancer,
    title: meta.citation.title,
    models: new Map(meta.models.map((m) => [m.id, m.name])),
    conditions: new Map(meta.conditions.map((c) => [c.id, c.label])),
    phenotypes,
  }
}

/** Column key of an agent combination: order-free. */
export const comboKey = (agents: readonly string[]) => [...agents].sort().join('+')

/**
 * When a (row, column) has several calls that disagree, the cell says "partial" rather than pick one;
 * every call stays listed in the evidence.
 */
function cellCall(calls: readonly PhenotypeCall[]): Call {
  const first = calls[0]!.call
  return calls.every((c) => c.call === first) ? first : 'partial'
}

/** Builds rows (study × model × condition), columns (agent combinations) and cells from every study. */
export function buildMatrix(studies: readonly MatrixStudy[], catalogue: readonly Agent[]): PhenotypeMatrix {
  const agents = new Map(catalogue.map((a) => [a.id, a]))
  const rows = new Map<string, MatrixRow>()
  const columns = new Map<string, MatrixColumn>()
  const grouped = new Map<string, Map<string, { study: StudyId; calls: PhenotypeCall[] }>>()
  for (const s of studies) {
    for (const p of s.phenotypes) {
      const rowKey = `${s.id}|${p.model}|${p.condition ?? ''}`
      if (!rows.has(rowKey)) {
        const modelName = s.models.get(p.model) ?? p.model
        const conditionName = p.condition ? (s.conditions.get(p.condition) ?? p.condition) : undefined
        rows.set(rowKey, {
          key: rowKey,
          study: s.id,
          cancer: s.cancer,
          model: p.model,
          modelName,
          condition: p.condition,
          conditionName,
          text: [s.id, s.cancer, modelName, p.model, conditionName ?? ''].join(' ').toLowerCase(),
        })
      }
      const colKey = comboKey(p.agents)
      if (!columns.has(colKey)) {
        const ids = [...p.agents].sort()
        const known = ids.map((id) => agents.get(id))
        const label = ids.map((id, i) => known[i]?.name ?? id).join(' + ')
        const classes = [...new Set(known.map((a) => a?.class ?? 'other'))]
        const targets = [...new Set(known.flatMap((a) => a?.targets ?? []))]
        const anchor = anchorOf(ids, agents)
        const added = ids
          .filter((id) => id !== anchor)
          .map((id) => agents.get(id)?.name ?? id)
          .join(' + ')
        columns.set(colKey, { key: colKey, agents: ids, label, classes, targets, text: [label, colKey, ...targets].join(' ').toLowerCase(), anchor, added })
      }
      let byCol = grouped.get(rowKey)
      if (!byCol) grouped.set(rowKey, (byCol = new Map()))
      const cell = byCol.get(colKey)
      if (cell) cell.calls.push(p)
      else byCol.set(colKey, { study: s.id, calls: [p] })
    }
  }
  const cells = new Map<string, Map<string, MatrixCell>>()
  for (const [rowKey, byCol] of grouped)
    cells.set(rowKey, new Map([...byCol].map(([k, v]) => [k, { study: v.study, calls: v.calls, call: cellCall(v.calls) }])))
  // Each combination sits right after its anchor drug (palbociclib, + everolimus, + rapamycin); anchors by class, then name.
  const anchorName = (c: MatrixColumn) => agents.get(c.anchor)?.name ?? c.anchor
  const cols = [...columns.values()].sort(
    (a, b) =>
      classRankOf(a.anchor, agents) - classRankOf(b.anchor, agents) ||
      anchorName(a).localeCompare(anchorName(b)) ||
      a.agents.length - b.agents.length ||
      a.label.localeCompare(b.label),
  )
  // Rows in the order each study lists its models and conditions, studies in the order given.
  const order = new Map(studies.map((s, i) => [s.id, { i, models: [...s.models.keys()], conditions: [...s.conditions.keys()] }]))
  const rank = (r: MatrixRow) => {
    const o = order.get(r.study)!
    const m = o.models.indexOf(r.model)
    const c = r.condition ? o.conditions.indexOf(r.condition) : -1
    return [o.i, m < 0 ? o.models.length : m, c < 0 && r.condition ? o.conditions.length : c] as const
  }
  const ranks = new Map([...rows.values()].map((r) => [r.key, rank(r)]))
  const sortedRows = [...rows.values()].sort((a, b) => {
    const x = ranks.get(a.key)!
    const y = ranks.get(b.key)!
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.key.localeCompare(b.key)
  })
  return { rows: sortedRows, columns: cols, cells }
}

const classRankOf = (id: AgentId, agents: ReadonlyMap<AgentId, Agent>) => AGENT_CLASSES.indexOf(agents.get(id)?.class ?? 'other')

/** The agent a combination is filed under: the one of the earliest class (drugs come before genetic tools and ligands), then by name. */
function anchorOf(ids: readonly AgentId[], agents: ReadonlyMap<AgentId, Agent>): AgentId {
  return [...ids].sort((a, b) => classRankOf(a, agents) - classRankOf(b, agents) || (agents.get(a)?.name ?? a).localeCompare(agents.get(b)?.name ?? b))[0]!
}

/**
 * Applies the filters and a search match. Cancer filters rows; drug class and pathway node filter columns. A match
 * keeps the columns holding a matched agent (so "palbociclib" keeps every row where it was tested, alone or combined);
 * without agents it keeps the matched rows, else the matched studies' rows; a match of nothing leaves nothing.
 * With `testedOnly` (or a call filter), rows and columns left without a (matching) cell are dropped.
 */
export function filterMatrix(m: PhenotypeMatrix, f: MatrixFilter, match: MatrixMatch | null = null): MatrixSlice {
  let rows = m.rows.filter((r) => !f.cancer || r.cancer === f.cancer)
  let columns = m.columns.filter((c) => (!f.drugClass || c.classes.includes(f.drugClass as AgentClass)) && (!f.node || c.targets.includes(f.node)))
  const calls = new Set<Call>(match?.calls ?? [])
  if (f.call) calls.add(f.call)
  if (match) {
    const { agents, rows: rowKeys, studies } = match
    if (agents.size) columns = columns.filter((c) => c.agents.some((a) => agents.has(a)))
    else if (rowKeys.size) rows = rows.filter((r) => rowKeys.has(r.key))
    else if (studies.size) rows = rows.filter((r) => studies.has(r.study))
    else if (!match.calls.size) return { rows: [], columns: [] }
  }
  if (!f.testedOnly && !calls.size) return { rows, columns }
  // Walk each row's own cells (a handful) rather than every row × column pair: 500 studies stay cheap.
  const colKeys = new Set(columns.map((c) => c.key))
  const used = new Set<string>()
  rows = rows.filter((r) => {
    let keep = false
    for (const [k, cell] of m.cells.get(r.key) ?? [])
      if (colKeys.has(k) && (!calls.size || calls.has(cell.call))) {
        keep = true
        used.add(k)
      }
    return keep
  })
  columns = columns.filter((c) => used.has(c.key))
  return { rows, columns }
}

/** Options for the filter menus: cancers, drug classes and target nodes present in the matrix. */
export function matrixFacets(m: PhenotypeMatrix): { cancers: string[]; classes: AgentClass[]; nodes: string[] } {
  const cancers = [...new Set(m.rows.map((r) => r.cancer))].sort()
  const present = new Set(m.columns.flatMap((c) => c.classes))
  const classes = AGENT_CLASSES.filter((c) => present.has(c))
  const nodes = [...new Set(m.columns.flatMap((c) => c.targets))].sort((a, b) => a.localeCompare(b))
  return { cancers, classes, nodes }
}

/** Counts of each call among the visible cells, for the summary line. */
export function countCalls(m: PhenotypeMatrix, slice: MatrixSlice): Record<Call, number> {
  const out: Record<Call, number> = { resistant: 0, sensitive: 0, resensitised: 0, partial: 0, 'not-established': 0 }
  for (const r of slice.rows) {
    const byCol = m.cells.get(r.key)
    if (!byCol) continue
    for (const c of slice.columns) {
      const cell = byCol.get(c.key)
      if (cell) out[cell.call]++
    }
  }
  return out
}
