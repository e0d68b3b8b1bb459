import type { Agent } from './schema/agent'
import type { StudyBundle } from './schema/bundle'
import { groupsOf, kindOf } from './series'

/** Every number must sit inside an object that states its provenance; citation fields are bibliographic. */
export function findBareNumbers(value: unknown, path: string[] = [], covered = false): string[] {
  if (typeof value === 'number') return covered ? [] : [path.join('.')]
  if (Array.isArray(value)) return value.flatMap((v, i) => findBareNumbers(v, [...path, String(i)], covered))
  if (value && typeof value === 'object') {
    const here = covered || 'provenance' in value || path.at(-1) === 'citation'
    return Object.entries(value).flatMap(([k, v]) => findBareNumbers(v, [...path, k], here))
  }
  return []
}

/** Every value marked reported in the plotted series, with its path. */
function reportedPlotValues(value: unknown, path: string[] = []): { path: string; value: number }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => reportedPlotValues(v, [...path, String(i)]))
  if (!value || typeof value !== 'object') return []
  const o = value as Record<string, unknown>
  const here: { path: string; value: number }[] = []
  if (o.provenance === 'reported')
    for (const k of ['value', 'x', 'y'] as const) if (typeof o[k] === 'number') here.push({ path: [...path, k].join('.'), value: o[k] })
  return [...here, ...Object.entries(o).flatMap(([k, v]) => (k === 'source' ? [] : reportedPlotValues(v, [...path, k])))]
}

/**
 * Cross-file checks the schema alone cannot make: every id a study mentions resolves,
 * ids are unique, and every source names this study. Returns readable problems, [] when clean.
 */
export function checkIntegrity(bundle: StudyBundle, catalogue: readonly Agent[]): string[] {
  const { study, evidence, series, phenotypes, pathway } = bundle
  const problems: string[] = []
  const ids = (xs: { id: string }[], what: string) => {
    const set = new Set<string>()
    for (const x of xs) {
      if (set.has(x.id)) problems.push(`${what} id "${x.id}" is used twice`)
      set.add(x.id)
    }
    return set
  }
  const models = ids(study.models, 'model')
  const conditions = ids(study.conditions, 'condition')
  const rows = ids(evidence, 'evidence')
  const seriesIds = ids(series, 'series')
  const nodes = ids(pathway.nodes, 'pathway node')
  ids(pathway.edges, 'pathway edge')
  ids(study.claims, 'claim')
  ids(study.caveats, 'caveat')
  ids(phenotypes, 'phenotype call')
  const agents = new Set(catalogue.map((a) => a.id))
  const studyAgents = new Set(study.agents)

  const need = (set: Set<string>, id: string | undefined, what: string, where: string) => {
    if (id !== undefined && !set.has(id)) problems.push(`${where}: unknown ${what} "${id}"`)
  }
  const needAgents = (list: readonly string[], where: string) => {
    for (const a of list) {
      need(agents, a, 'agent (not in the catalogue)', where)
      need(studyAgents, a, 'agent (not listed in study.agents)', where)
    }
  }

  for (const a of study.agents) need(agents, a, 'agent (not in the catalogue)', 'study.agents')
  for (const a of study.drugsResisted) need(studyAgents, a, 'agent', 'study.drugsResisted')
  for (const m of study.models) need(models, m.parent, 'parent model', `model ${m.id}`)
  for (const c of study.claims) {
    c.evidence.forEach((e) => need(rows, e, 'evidence row', `claim ${c.id}`))
    c.series.forEach((s) => need(seriesIds, s, 'series', `claim ${c.id}`))
    c.nodes.forEach((n) => need(nodes, n, 'pathway node', `claim ${c.id}`))
  }
  const claims = new Set(study.claims.map((c) => c.id))
  const steps = ids(study.steps, 'step')
  if (study.steps.length && (steps.size < 3 || steps.size > 7)) problems.push(`study.steps: ${steps.size} steps; a story has 3–7`)
  const nodeType = new Map(pathway.nodes.map((n) => [n.id, n.type]))
  for (const s of study.steps) {
    const where = `step ${s.id}`
    need(claims, s.claim, 'claim', where)
    needAgents(s.drugs, where)
    s.rescue.forEach((d) => {
      if (!s.drugs.includes(d)) problems.push(`${where}: rescue drug "${d}" is not among its drugs`)
    })
    s.conditions.forEach((c) => need(conditions, c, 'condition', where))
    s.series.forEach((x) => need(seriesIds, x, 'series', where))
    need(nodes, s.expect.phenotype, 'pathway node', `${where} expect.phenotype`)
    if (nodes.has(s.expect.phenotype) && nodeType.get(s.expect.phenotype) !== 'phenotype')
      problems.push(`${where}: expect.phenotype "${s.expect.phenotype}" is not a phenotype node`)
    ;[...s.expect.on, ...s.expect.off].forEach((n) => need(nodes, n, 'pathway node', `${where} expect`))
  }
  for (const c of study.caveats) c.evidence.forEach((e) => need(rows, e, 'evidence row', `caveat ${c.id}`))
  for (const r of evidence) {
    need(models, r.model, 'model', `evidence ${r.id}`)
    need(conditions, r.condition, 'condition', `evidence ${r.id}`)
    needAgents(r.agents, `evidence ${r.id}`)
    r.quantity.derivation?.inputs.forEach((i) => need(rows, i, 'derivation input', `evidence ${r.id}`))
  }
  for (const s of series) {
    for (const g of groupsOf(s)) {
      need(models, g.model, 'model', `series ${s.id}/${g.id}`)
      need(conditions, g.condition, 'condition', `series ${s.id}/${g.id}`)
      needAgents(g.agents, `series ${s.id}/${g.id}`)
    }
    const refs = kindOf(s).references(s)
    needAgents(refs.agents, `series ${s.id}`)
    problems.push(...refs.problems)
  }
  for (const p of phenotypes) {
    need(models, p.model, 'model', `phenotype ${p.id}`)
    need(conditions, p.condition, 'condition', `phenotype ${p.id}`)
    needAgents(p.agents, `phenotype ${p.id}`)
    p.evidence.forEach((e) => need(rows, e, 'evidence row', `phenotype ${p.id}`))
    p.series.forEach((s) => need(seriesIds, s, 'series', `phenotype ${p.id}`))
    if (p.evidence.length === 0 && p.series.length === 0 && !p.locator) problems.push(`phenotype ${p.id}: give evidence rows, series or a text locator`)
  }
  for (const e of pathway.edges) {
    need(nodes, e.from, 'node', `edge ${e.id}`)
    need(nodes, e.to, 'node', `edge ${e.id}`)
    e.evidence.forEach((x) => need(rows, x, 'evidence row', `edge ${e.id}`))
  }
  for (const n of pathway.nodes) n.evidence.forEach((x) => need(rows, x, 'evidence row', `node ${n.id}`))
  for (const t of pathway.targets) {
    need(nodes, t.node, 'node', `target ${t.agent}`)
    needAgents([t.agent], `target ${t.node}`)
  }
  pathway.bypassConditions.forEach((c) => need(conditions, c, 'condition', 'pathway.bypassConditions'))

  const wrongStudy = JSON.stringify(bundle).match(/"study":"([^"]+)"/g) ?? []
  for (const m of new Set(wrongStudy)) if (m !== `"study":"${study.id}"`) problems.push(`a source names ${m} inside study ${study.id}`)
  // A number drawn as reported must be one the evidence table holds, so a reviewer can trace it to the text.
  const tabled = new Set(evidence.map((r) => r.quantity.value))
  for (const r of reportedPlotValues(series))
    if (!tabled.has(r.value)) problems.push(`series ${r.path}: ${r.value} is marked reported but no evidence row holds that value`)
  for (const p of findBareNumbers({ evidence, series, phenotypes, pathway: { ...pathway, nodes: [] } })) problems.push(`bare number without provenance at ${p}`)
  return problems
}
