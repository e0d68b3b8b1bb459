import type { MatrixMatch, PhenotypeMatrix } from './phenotype-matrix'
import { AGENT_CLASS_LABELS, type Agent } from './schema/agent'
import type { PathwayNode } from './schema/pathway'
import type { Call } from './schema/phenotype'
import type { StudyMeta } from './schema/study'

/** What the search knows of a study beyond the matrix; each part is optional because it loads separately. */
export interface StudyDetail {
  id: string
  meta?: Pick<StudyMeta, 'citation' | 'mechanism' | 'cancer' | 'claims' | 'caveats' | 'steps'> | undefined
  nodes?: readonly PathwayNode[] | undefined
}

/** Kinds of thing a search can find, in the order results of equal score are listed. */
export type HitKind = 'agent' | 'node' | 'model' | 'condition' | 'study' | 'step' | 'claim' | 'caveat'

/** One search result: what matched, how well, and why. */
export interface SearchHit {
  kind: HitKind
  /** Agent id, node symbol, row key, study id, or `study/claim-id`. */
  id: string
  label: string
  /** The study it belongs to, when it belongs to one. */
  study?: string | undefined
  /** Higher is better; an exact name beats a target, which beats a class, which beats words in a claim. */
  score: number
  /** Why it matched, e.g. "acts on MTOR" or "class: mTOR / S6K1 axis". */
  why: string
  /** Agents this hit brings into the matrix (an agent itself, or the agents acting on a node). */
  agents: readonly string[]
}

/** Ranked hits plus what they mean for the matrix. */
export interface SearchResult {
  hits: SearchHit[]
  match: MatrixMatch
}

/** A prepared search over agents, nodes, models, conditions, studies, claims and caveats. */
export interface SearchIndex {
  agents: readonly AgentEntry[]
  nodes: readonly NodeEntry[]
  matrix: PhenotypeMatrix
  studies: readonly StudyDetail[]
  /** Each matrix row with its model and condition names lower-cased once, not per keystroke. */
  rows: readonly RowEntry[]
}

interface RowEntry {
  row: PhenotypeMatrix['rows'][number]
  model: string
  condition: string
}
interface Field {
  text: string
  weight: number
  why: string
}
interface AgentEntry {
  agent: Agent
  fields: Field[]
}
interface NodeEntry {
  symbol: string
  label: string
  studies: string[]
  agents: string[]
  text: string
}

// Words a student types for what an agent does, so "mTOR inhibitor" or "HER3 knock-down" find it.
const ACTION_WORDS: Record<Agent['action'], string> = {
  inhibits: 'inhibitor inhibits inhibition blocker',
  degrades: 'degrader degrades',
  'knocks-down': 'knock-down knockdown silencing',
  overexpresses: 'overexpression over-expression overexpresses',
  activates: 'activator agonist activates',
  induces: 'inducer induces',
  'blocks-ligand': 'blocker blocking antibody neutralising',
}
// Words that ask for a kind of call rather than a thing: "restore" means the re-sensitised cells.
const CALL_WORDS: [RegExp, Call][] = [
  [/^(restor|rescu|re-?sensiti[sz])/, 'resensitised'],
  [/^resist/, 'resistant'],
  [/^partial/, 'partial'],
]

/** Lower-case, and plural or verb endings off, so "inhibitors" finds "inhibitor". */
const norm = (s: string) => s.toLowerCase().replace(/[‐–—]/g, '-')
/** Query words: at least two characters; trailing "s" dropped from longer words. */
export function queryTokens(q: string): string[] {
  return norm(q)
    .split(/[\s,;/()]+/)
    .filter((t) => t.length >= 2)
    .map((t) => (t.length > 4 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t))
}

/** The gene symbols a node symbol stands for: "CDK4/6" → CDK4, CDK6; "CXCR1/2" → CXCR1, CXCR2. */
export function symbolsOf(symbol: string): string[] {
  const [first = '', ...rest] = symbol.split('/')
  const stem = first.replace(/\d+$/, '')
  return [first, ...rest.map((p) => (/^\d+$/.test(p) ? stem + p : p))].filter(Boolean)
}

/** Node symbol → the labels the studies draw it with (ERBB3 → HER3), so a target matches by either name. */
function aliases(studies: readonly StudyDetail[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const s of studies)
    for (const n of s.nodes ?? []) {
      if (!n.symbol) continue
      for (const sym of symbolsOf(n.symbol)) {
        const set = out.get(sym) ?? new Set<string>()
        set.add(n.label)
        out.set(sym, set)
      }
    }
  return out
}

/** Prepares the index once; searching it is then a scan of short strings. */
export function buildSearchIndex(agents: readonly Agent[], matrix: PhenotypeMatrix, studies: readonly StudyDetail[]): SearchIndex {
  const alias = aliases(studies)
  const agentEntries = agents.map((a) => {
    const names = (sym: string) => [sym, ...(alias.get(sym) ?? [])]
    const fields: Field[] = [
      { text: norm(a.name), weight: 100, why: `name: ${a.name}` },
      { text: a.id, weight: 90, why: `id: ${a.id}` },
      ...a.targets.map((t) => ({ text: norm(names(t).join(' ')), weight: 70, why: `acts on ${names(t).join(' / ')}` })),
      { text: norm(AGENT_CLASS_LABELS[a.class]), weight: 60, why: `class: ${AGENT_CLASS_LABELS[a.class]}` },
      { text: `${ACTION_WORDS[a.action]} ${a.kind}`, weight: 30, why: `${a.action} (${a.kind})` },
      ...(a.description ? [{ text: norm(a.description), weight: 10, why: 'described as such' }] : []),
    ]
    return { agent: a, fields }
  })
  const nodes = new Map<string, NodeEntry>()
  for (const s of studies)
    for (const n of s.nodes ?? []) {
      // Phenotype nodes ("Tamoxifen resistance") have no symbol: nothing acts on them, the claims cover their words.
      if (!n.symbol) continue
      const symbol = n.symbol
      const e = nodes.get(symbol) ?? { symbol, label: n.label, studies: [], agents: [], text: norm(`${symbol} ${n.label}`) }
      if (!e.studies.includes(s.id)) e.studies.push(s.id)
      if (!e.text.includes(norm(n.label))) e.text += ` ${norm(n.label)}`
      nodes.set(symbol, e)
    }
  for (const e of nodes.values()) {
    const syms = symbolsOf(e.symbol)
    e.agents = agents.filter((a) => a.targets.some((t) => syms.includes(t))).map((a) => a.id)
  }
  const rows = matrix.rows.map((row) => ({ row, model: norm(`${row.modelName} ${row.model}`), condition: norm(row.conditionName ?? '') }))
  return { agents: agentEntries, nodes: [...nodes.values()], matrix, studies, rows }
}

/** Best field for each token; every token must match some field, and the score is the mean of the best weights. */
function scoreFields(fields: readonly Field[], tokens: readonly string[]): { score: number; why: string[] } | null {
  let total = 0
  const why = new Set<string>()
  for (const t of tokens) {
    let best: Field | undefined
    for (const f of fields) if (f.text.includes(t) && (!best || f.weight > best.weight)) best = f
    if (!best) return null
    // A whole-word hit ranks above a fragment ("mtor" in "MTOR" beats "her" in "other").
    const whole = new RegExp(`(^|[^a-z0-9])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(best.text)
    total += whole ? best.weight : best.weight * 0.7
    why.add(best.why)
  }
  return { score: total / tokens.length, why: [...why] }
}

const textHit = (text: string, tokens: readonly string[]) => {
  const t = norm(text)
  return tokens.every((x) => t.includes(x))
}
/** For text already lower-cased (matrix rows): no copy per keystroke across thousands of rows. */
const normHit = (text: string, tokens: readonly string[]) => tokens.every((x) => text.includes(x))

/**
 * Searches by meaning: agents by name, class, target and action; pathway nodes by label or symbol (with the agents
 * acting on them); models and conditions; studies, steps, claims and caveats. Hits are ranked best first.
 */
export function search(index: SearchIndex, query: string): SearchResult {
  const tokens = queryTokens(query)
  const calls = new Set<Call>()
  const hits: SearchHit[] = []
  if (!tokens.length) return { hits, match: { agents: new Set(), rows: new Set(), studies: new Set(), calls } }
  for (const [re, call] of CALL_WORDS) if (tokens.some((t) => re.test(t))) calls.add(call)

  for (const { agent, fields } of index.agents) {
    const s = scoreFields(fields, tokens)
    if (s) hits.push({ kind: 'agent', id: agent.id, label: agent.name, score: s.score, why: s.why.join('; '), agents: [agent.id] })
  }
  for (const n of index.nodes)
    if (textHit(n.text, tokens)) {
      const exact = tokens.join(' ') === norm(n.label) || tokens.join(' ') === norm(n.symbol)
      const on = n.agents.length ? `; acted on by ${n.agents.length} agent(s)` : ''
      hits.push({
        kind: 'node',
        id: n.symbol,
        label: n.label === n.symbol ? n.label : `${n.label} (${n.symbol})`,
        score: exact ? 95 : 65,
        why: `pathway node in ${n.studies.join(', ')}${on}`,
        agents: n.agents,
      })
    }
  const agentHits = hits.filter((h) => h.kind === 'agent' && h.score >= 40)
  // Rows (models, conditions) count only when they match on their own names, never through the study's title.
  const rows = new Set<string>()
  const seenModel = new Set<string>()
  for (const { row: r, model, condition } of index.rows) {
    if (!normHit(r.text, tokens)) continue
    rows.add(r.key)
    const modelKey = `${r.study}|${r.model}`
    const onModel = normHit(model, tokens)
    if (onModel && !seenModel.has(modelKey)) {
      seenModel.add(modelKey)
      hits.push({ kind: 'model', id: modelKey, label: r.modelName, study: r.study, score: 55, why: `model in ${r.study}`, agents: [] })
    } else if (!onModel && condition && normHit(condition, tokens))
      hits.push({
        kind: 'condition',
        id: r.key,
        label: `${r.modelName} · ${r.conditionName}`,
        study: r.study,
        score: 45,
        why: `condition in ${r.study}`,
        agents: [],
      })
  }
  const studies = new Set<string>()
  for (const s of index.studies) {
    const m = s.meta
    if (!m) continue
    if (textHit(`${s.id} ${m.citation.title} ${m.mechanism} ${m.cancer}`, tokens)) {
      studies.add(s.id)
      hits.push({ kind: 'study', id: s.id, label: m.citation.title, study: s.id, score: 35, why: 'study title, cancer or mechanism', agents: [] })
    }
    for (const st of m.steps)
      if (textHit(st.title, tokens))
        hits.push({ kind: 'step', id: `${s.id}/${st.id}`, label: st.title, study: s.id, score: 30, why: 'a step of the story', agents: [] })
    for (const c of m.claims)
      if (textHit(`${c.title} ${c.text}`, tokens)) {
        studies.add(s.id)
        hits.push({ kind: 'claim', id: `${s.id}/${c.id}`, label: c.title, study: s.id, score: 20, why: 'words in a claim', agents: [] })
      }
    for (const c of m.caveats)
      if (textHit(`${c.title} ${c.text}`, tokens))
        hits.push({ kind: 'caveat', id: `${s.id}/${c.id}`, label: c.title, study: s.id, score: 15, why: `caveat (${c.kind})`, agents: [] })
  }
  const order: HitKind[] = ['agent', 'node', 'model', 'condition', 'study', 'step', 'claim', 'caveat']
  // Plain code-unit order for ties: localeCompare over thousands of synthetic model hits costs a frame per keystroke.
  hits.sort((a, b) => b.score - a.score || order.indexOf(a.kind) - order.indexOf(b.kind) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
  const agents = new Set([...agentHits.flatMap((h) => h.agents), ...hits.filter((h) => h.kind === 'node').flatMap((h) => h.agents)])
  // "restore" asks for re-sensitised cells everywhere, not only in the studies whose claims use the word.
  return { hits, match: { agents, rows, studies: calls.size ? new Set() : studies, calls } }
}
