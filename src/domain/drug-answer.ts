import type { MatrixCell, MatrixColumn, MatrixRow, PhenotypeMatrix } from './phenotype-matrix'
import type { Agent } from './schema/agent'
import type { Call } from './schema/phenotype'
import type { AgentId, Step } from './schema/study'
import { symbolsOf, type StudyDetail } from './search'

/** What the student asked about: one agent, or a target/node and every agent acting on it. */
export interface Subject {
  kind: 'agent' | 'node'
  /** Agent id, or the node's gene symbol (e.g. "MTOR"). */
  id: string
  label: string
  /** The agents whose calls answer the question. */
  agents: ReadonlySet<string>
}

/** One tested (model, condition, combination) in the answer. */
export interface AnswerEntry {
  row: MatrixRow
  column: MatrixColumn
  cell: MatrixCell
  /** Where the paper states it (the first call's locator), if given. */
  locator?: string | undefined
}

/** A combination or condition that brought sensitivity back, with where the study shows it. */
export interface Restoration extends AnswerEntry {
  /** Names of what was added to the resisted treatment ("Everolimus"); empty when the condition did it (a drug holiday). */
  added: string[]
  /** The study step that shows it, when one fits. */
  step?: Pick<Step, 'id' | 'title'> | undefined
  /** Figure anchor like "6b" (for #fig-6b), from the call's locator. */
  figure?: string | undefined
}

/** A pathway node the subject or its rescue acts on, as one study draws it. */
export interface AnswerNode {
  label: string
  symbol: string
  role: 'target' | 'rescue'
}

/** The answer within one study. */
export interface StudyAnswer {
  study: string
  cancer: string
  restored: Restoration[]
  resists: AnswerEntry[]
  works: AnswerEntry[]
  partial: AnswerEntry[]
  nodes: AnswerNode[]
}

/** The subject for a picked agent id or node symbol; null when neither is known. */
export function subjectFor(pick: { drug?: string; target?: string }, agents: readonly Agent[], studies: readonly StudyDetail[]): Subject | null {
  if (pick.drug) {
    const a = agents.find((x) => x.id === pick.drug)
    return a ? { kind: 'agent', id: a.id, label: a.name, agents: new Set([a.id]) } : null
  }
  if (!pick.target) return null
  const syms = symbolsOf(pick.target)
  const acting = agents.filter((a) => a.targets.some((t) => syms.includes(t)))
  const node = studies.flatMap((s) => s.nodes ?? []).find((n) => n.symbol === pick.target)
  if (!acting.length && !node) return null
  return { kind: 'node', id: pick.target, label: node ? node.label : pick.target, agents: new Set(acting.map((a) => a.id)) }
}

/** "Fig. 6B" → "6b"; supplementary figures and sections give none. */
export function figureAnchor(locator: string | undefined): string | undefined {
  const m = locator?.match(/(?<!Supplementary )Fig\.\s*(\d+)([A-Z])?/)
  return m ? `${m[1]}${(m[2] ?? '').toLowerCase()}` : undefined
}

const RESISTED: ReadonlySet<Call> = new Set<Call>(['resistant', 'partial'])

/** The study step that best shows a restoration: its rescue is among the added agents, its drugs cover the rest, its figures overlap. */
function stepFor(steps: readonly Step[], entry: AnswerEntry, added: readonly string[]): Step | undefined {
  let best: Step | undefined
  let bestScore = 0
  const series = new Set(entry.cell.calls.flatMap((c) => c.series))
  for (const s of steps) {
    const rescue = s.rescue.some((d) => added.includes(d)) ? 3 : 0
    const drugs = entry.column.agents.filter((a) => s.drugs.includes(a)).length / entry.column.agents.length
    const figs = s.series.some((id) => series.has(id)) ? 2 : 0
    const cond = entry.row.condition && s.conditions.includes(entry.row.condition) ? 1 : 0
    const score = rescue + drugs + figs + cond
    if (score > bestScore) [best, bestScore] = [s, score]
  }
  // A step sharing nothing but a drug is not evidence of this restoration.
  return bestScore >= 2 ? best : undefined
}

/**
 * Answers "who resists it, where does it work, what restored sensitivity" from the matrix, grouped by study in the
 * matrix's order. A restoration is a re-sensitised call, or a sensitive combination whose smaller treatment (on the same
 * row) was resistant or partial. Studies without a call on the subject are left out.
 */
export function answerFor(matrix: PhenotypeMatrix, subject: Subject, agents: readonly Agent[], details: ReadonlyMap<string, StudyDetail>): StudyAnswer[] {
  const byId = new Map(agents.map((a) => [a.id, a]))
  const name = (id: AgentId) => byId.get(id)?.name ?? id
  const cols = new Map(matrix.columns.map((c) => [c.key, c]))
  const out = new Map<string, StudyAnswer>()
  const rescueAgents = new Map<string, Set<string>>()
  for (const row of matrix.rows) {
    const cells = matrix.cells.get(row.key)
    if (!cells) continue
    for (const [key, cell] of cells) {
      const column = cols.get(key)!
      if (!column.agents.some((a) => subject.agents.has(a))) continue
      let ans = out.get(row.study)
      if (!ans) out.set(row.study, (ans = { study: row.study, cancer: row.cancer, restored: [], resists: [], works: [], partial: [], nodes: [] }))
      const entry: AnswerEntry = { row, column, cell, locator: cell.calls.find((c) => c.locator)?.locator }
      // The smaller treatment on this row that still held the subject and failed: what the addition rescued.
      // The largest such treatment, so fulvestrant + palbociclib → + repertaxin reads as repertaxin added.
      const base = [...cells]
        .filter(([k, c]) => {
          const bc = cols.get(k)!
          return (
            k !== key &&
            RESISTED.has(c.call) &&
            bc.agents.length < column.agents.length &&
            bc.agents.every((a) => column.agents.includes(a)) &&
            bc.agents.some((a) => subject.agents.has(a))
          )
        })
        .sort(([a], [b]) => cols.get(b)!.agents.length - cols.get(a)!.agents.length)[0]
      const restoring = cell.call === 'resensitised' || (cell.call === 'sensitive' && !!base)
      if (restoring) {
        // What was added: beyond the failed smaller treatment; else the subject itself when it joins another drug
        // (an mTOR inhibitor added to palbociclib); else everything beside the subject.
        const inColumn = column.agents.filter((a) => subject.agents.has(a))
        const addedIds = base
          ? column.agents.filter((a) => !cols.get(base[0])!.agents.includes(a))
          : !subject.agents.has(column.anchor)
            ? inColumn
            : column.agents.filter((a) => !subject.agents.has(a))
        const steps = details.get(row.study)?.meta?.steps ?? []
        const step = stepFor(steps, entry, addedIds)
        ans.restored.push({ ...entry, added: addedIds.map(name), step: step && { id: step.id, title: step.title }, figure: figureAnchor(entry.locator) })
        const set = rescueAgents.get(row.study) ?? new Set<string>()
        for (const a of addedIds) set.add(a)
        rescueAgents.set(row.study, set)
      } else if (cell.call === 'resistant') ans.resists.push(entry)
      else if (cell.call === 'sensitive') ans.works.push(entry)
      else ans.partial.push(entry)
    }
  }
  for (const ans of out.values()) ans.nodes = nodesOf(subject, rescueAgents.get(ans.study) ?? new Set(), byId, details.get(ans.study))
  return [...out.values()]
}

/** The study's pathway nodes the subject acts on (or is), and those its rescues act on. */
function nodesOf(subject: Subject, rescue: ReadonlySet<string>, agents: ReadonlyMap<string, Agent>, detail: StudyDetail | undefined): AnswerNode[] {
  const nodes = detail?.nodes ?? []
  const out: AnswerNode[] = []
  const add = (targets: readonly string[], role: AnswerNode['role']) => {
    for (const n of nodes) {
      if (!n.symbol || out.some((o) => o.symbol === n.symbol)) continue
      if (symbolsOf(n.symbol).some((s) => targets.includes(s))) out.push({ label: n.label, symbol: n.symbol, role })
    }
  }
  const subjectTargets = subject.kind === 'node' ? symbolsOf(subject.id) : [...subject.agents].flatMap((a) => agents.get(a)?.targets ?? [])
  add(subjectTargets, 'target')
  add(
    [...rescue].flatMap((a) => agents.get(a)?.targets ?? []),
    'rescue',
  )
  return out
}

/** Nodes across studies: each symbol once, with the studies that draw it. */
export function nodesAcross(answers: readonly StudyAnswer[]): { label: string; symbol: string; role: AnswerNode['role']; studies: string[] }[] {
  const out = new Map<string, { label: string; symbol: string; role: AnswerNode['role']; studies: string[] }>()
  for (const a of answers)
    for (const n of a.nodes) {
      const e = out.get(n.symbol) ?? { ...n, studies: [] }
      e.studies.push(a.study)
      out.set(n.symbol, e)
    }
  return [...out.values()]
}
