// A study as slides, built from its steps (the same story the Study view tells): title → methods →
// one slide per step → caveats grouped by figure (at most two slides) → take-home.
import type { EvidenceRow } from './schema/evidence'
import type { AgentId, Caveat, Claim, Step, StudyMeta } from './schema/study'
import { quantityText } from './format'
import { canDraw, groupsOf, measuredBy, type Series } from './series'
import { stepSelections, type StepSelections } from './steps'

/** What a predict-then-reveal slide shows before the data: models, agents, read-outs. */
export interface Setup {
  models: string[]
  agents: string[]
  measured: string[]
}

interface SlideBase {
  /** Stable id, unique within the deck. */
  id: string
  /** The slide's headline. */
  heading: string
  /** Speaker notes for the presenter view. */
  notes: string
}

/** Title and citation. */
export interface TitleSlide extends SlideBase {
  kind: 'title'
}

/** One line of the methods slide: a label and its items (already shortened to fit). */
export interface MethodsRow {
  label: string
  items: MethodsItem[]
}

/** One entry of a methods row; `value` (with its provenance) when the data gives a number. */
export interface MethodsItem {
  text: string
  value?: EvidenceRow
}

/** Models, cohorts with n, doses, assays and statistics, read from the study's data. */
export interface MethodsSlide extends SlideBase {
  kind: 'methods'
  rows: MethodsRow[]
}

/** One step of the story: its claim, key figure, pathway state and the rescue as a build. */
export interface StepSlide extends SlideBase {
  kind: 'step'
  step: Step
  claim: Claim
  /** 1-based position among the steps. */
  number: number
  /** The step's series in curated order (unknown ids skipped). */
  series: Series[]
  /** The key figure: the first series that can be drawn. */
  figure?: Series
  /** Headline numbers, for the presenter's notes (the claim text on the slide states the key ones). */
  stats: EvidenceRow[]
  /** Before/after selections: the slide opens on `before`, the build key goes to `after`. */
  selections: StepSelections
  /** Names of the rescue drugs ("Everolimus / Rapamycin"), when the step has a rescue. */
  rescue?: string
  setup: Setup
  /** The question asked before the reveal, if the claim has one. */
  predict?: string
}

/** Caveats that share a figure (or the text, when no figure is named). */
export interface CaveatGroup {
  figure: string
  caveats: Caveat[]
}

/** A page of caveats, grouped by figure. */
export interface CaveatSlide extends SlideBase {
  kind: 'caveats'
  groups: CaveatGroup[]
  part: number
  parts: number
  /** Caveats that did not fit on the slides; listed in the notes. */
  more: number
}

/** The closing summary. */
export interface TakeawaySlide extends SlideBase {
  kind: 'takeaway'
  mechanism: string
  points: string[]
  caution: string
}

/** Any slide. */
export type Slide = TitleSlide | MethodsSlide | StepSlide | CaveatSlide | TakeawaySlide

/** A study as a sequence of slides. */
export interface Deck {
  study: StudyMeta
  slides: Slide[]
}

/** Inputs of buildDeck: the parsed study files, plus a namer for agent ids. */
export interface DeckInput {
  study: StudyMeta
  series: readonly Series[]
  evidence: readonly EvidenceRow[]
  agentName?: (id: AgentId) => string
}

/** Layout limits: what fits on one 1920×1080 slide at projector type size. */
export interface DeckOptions {
  statsPerSlide: number
  caveatsPerSlide: number
  caveatSlides: number
  itemsPerRow: number
}

const DEFAULTS: DeckOptions = { statsPerSlide: 2, caveatsPerSlide: 14, caveatSlides: 2, itemsPerRow: 4 }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const uniq = <T>(xs: readonly T[]) => [...new Set(xs)]

/** The first `k` items, then "and N more" as a last plain item. */
function capped(items: readonly MethodsItem[], k: number): MethodsItem[] {
  return items.length > k ? [...items.slice(0, k), { text: `and ${items.length - k} more` }] : [...items]
}

/** Rows with a test or interval first, then rows with an n, keeping curated order within each rank. */
export function headlineStats(rows: readonly EvidenceRow[], k: number): { stats: EvidenceRow[]; more: EvidenceRow[] } {
  const rank = (r: EvidenceRow) => (r.quantity.p || r.quantity.ci ? 2 : 0) + (r.quantity.n ? 1 : 0)
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => rank(b.r) - rank(a.r) || a.i - b.i)
  const stats = ordered.slice(0, k).map((x) => x.r)
  return { stats, more: rows.filter((r) => !stats.includes(r)) }
}

const FIG = /\b(Supplementary\s+)?Fig(?:ure)?s?\.?\s*(S?\d+)/i

/** The figure a caveat is about: its first location naming one ("Fig. 6", "Suppl. Fig. S4"), else "Text". */
export function caveatFigure(c: Pick<Caveat, 'locations'>): string {
  for (const loc of c.locations) {
    const m = FIG.exec(loc)
    if (m) return m[1] || m[2]!.startsWith('S') ? `Suppl. Fig. ${m[2]!.replace(/^S?/, 'S')}` : `Fig. ${m[2]}`
  }
  return 'Text'
}

/** Sort key of a figure label: Fig. 1…n, then supplementary, then the text. */
function figureRank(f: string): number {
  const n = Number(/(\d+)/.exec(f)?.[1] ?? 0)
  if (f.startsWith('Fig.')) return n
  if (f.startsWith('Suppl.')) return 1000 + n
  return 10_000
}

const CAVEAT_ORDER: Record<Caveat['kind'], number> = { 'derived-vs-reported': 0, inconsistency: 1, ambiguity: 2, limitation: 3 }

/**
 * Caveats grouped by figure in figure order, cut into at most `slides` pages of `perSlide` items.
 * Within a figure the most pointed come first (derived vs reported, inconsistency, ambiguity, limit);
 * what does not fit is returned in `rest` for the notes.
 */
export function caveatPages(caveats: readonly Caveat[], perSlide: number, slides: number): { pages: CaveatGroup[][]; rest: Caveat[] } {
  const tagged = caveats.map((c, i) => ({ c, i, f: caveatFigure(c) }))
  tagged.sort((a, b) => figureRank(a.f) - figureRank(b.f) || a.f.localeCompare(b.f) || CAVEAT_ORDER[a.c.kind] - CAVEAT_ORDER[b.c.kind] || a.i - b.i)
  const fit = tagged.slice(0, perSlide * slides)
  const pages: CaveatGroup[][] = []
  for (let p = 0; p * perSlide < fit.length; p++) {
    const groups: CaveatGroup[] = []
    for (const t of fit.slice(p * perSlide, (p + 1) * perSlide)) {
      const last = groups.at(-1)
      if (last?.figure === t.f) last.caveats.push(t.c)
      else groups.push({ figure: t.f, caveats: [t.c] })
    }
    pages.push(groups)
  }
  return { pages, rest: tagged.slice(fit.length).map((t) => t.c) }
}

// Units that count subjects (a cohort's n) and units that are doses or concentrations.
const COUNT_UNITS = new Set(['patients', 'mice', 'organoids', 'tumours', 'cases', 'samples', 'women', 'tissues'])
const DOSE_UNITS = /^(µM|nM|mM|pM|µg\/mL|ng\/mL|mg\/kg(\/day)?|mg\/kg\/d|mg\/mL|µg|mg|Gy)$/
const TESTS: [RegExp, string][] = [
  [/log-?rank/i, 'log-rank'],
  [/\bCox\b/, 'Cox regression'],
  [/Fisher/i, 'Fisher exact'],
  [/chi-?square|χ²/i, 'chi-square'],
  [/Kruskal/i, 'Kruskal–Wallis'],
  [/Mann.Whitney/i, 'Mann–Whitney'],
  [/\bt[- ]test/i, 't test'],
  [/ANOVA/i, 'ANOVA'],
  [/Pearson/i, 'Pearson r'],
  [/Spearman/i, 'Spearman ρ'],
  [/Bliss/i, 'Bliss synergy'],
  [/hazard ratio/i, 'hazard ratio'],
]

const MODEL_KIND_LABEL: Record<StudyMeta['models'][number]['kind'], string> = {
  'patient-cohort': 'Patient cohorts',
  'public-dataset': 'Public datasets',
  'cell-line': 'Cell lines',
  'derived-line': 'Derived lines',
  organoid: 'Organoids',
  pdx: 'PDX',
  xenograft: 'Xenografts',
  'conditioned-medium': 'Conditioned media',
}

/** The methods slide's rows, read from the study's models, series and evidence rows. */
export function methodsRows(
  study: StudyMeta,
  series: readonly Series[],
  evidence: readonly EvidenceRow[],
  agentName: (id: AgentId) => string,
  k: number,
): MethodsRow[] {
  const rows: MethodsRow[] = []
  const kinds = uniq(study.models.map((m) => m.kind))
  const modelKinds = kinds.filter((kind) => kind !== 'patient-cohort')
  for (const kind of modelKinds) {
    const names = study.models.filter((m) => m.kind === kind).map((m) => ({ text: m.name }))
    rows.push({ label: MODEL_KIND_LABEL[kind], items: capped(names, k) })
  }
  // Cohorts and animal groups with their n: the first count-like evidence row tied to the model.
  const cohorts = study.models
    .filter((m) => m.kind === 'patient-cohort' || m.kind === 'pdx')
    .map((m): MethodsItem => {
      const n = evidence.find((r) => r.model === m.id && COUNT_UNITS.has(r.quantity.unit))
      return n ? { text: m.name, value: n } : { text: `${m.name} (n not stated)` }
    })
  if (cohorts.length) rows.unshift({ label: 'Cohorts, n', items: capped(cohorts, k) })
  // Doses: per agent, the distinct doses the evidence states.
  const doses = new Map<string, string[]>()
  for (const r of evidence)
    if (r.agents.length === 1 && DOSE_UNITS.test(r.quantity.unit)) {
      const a = agentName(r.agents[0]!)
      const list = doses.get(a) ?? []
      const v = `${r.quantity.value} ${r.quantity.unit}`
      if (!list.includes(v)) doses.set(a, [...list, v])
    }
  if (doses.size)
    rows.push({
      label: 'Doses',
      items: capped(
        [...doses].map(([a, vs]) => ({ text: `${a} ${vs.slice(0, 3).join(', ')}${vs.length > 3 ? '…' : ''}` })),
        k - 1,
      ),
    })
  const assays = uniq(series.map(measuredBy)).map((text) => ({ text }))
  if (assays.length) rows.push({ label: 'Read-outs', items: capped(assays, k) })
  const said = evidence.map((r) => `${r.measure} ${r.note ?? ''}`).join(' \n ')
  const tests = TESTS.filter(([re]) => re.test(said)).map(([, name]) => ({ text: name }))
  const withP = evidence.filter((r) => r.quantity.p).length
  const withCi = evidence.filter((r) => r.quantity.ci).length
  const counts = `${plural(withP, 'P value')}, ${plural(withCi, 'interval')} stated`
  rows.push({ label: 'Statistics', items: [...capped(tests, k - 1), { text: counts }] })
  return rows
}

function stepNotes(claim: Claim, stats: readonly EvidenceRow[], rescue: string | undefined, more: readonly EvidenceRow[], others: readonly Series[]): string {
  const parts = [claim.notes ?? claim.text]
  if (stats.length)
    parts.push(
      `Numbers: ${stats.map((r) => `${r.measure} — ${quantityText(r.quantity)} (${r.quantity.provenance}, ${r.quantity.source.locator})`).join('; ')}.`,
    )
  if (rescue) parts.push(`Build: the slide opens without ${rescue}; press T (or B) to add it and watch the pathway and the figure change.`)
  if (others.length) parts.push(`Also showing this: ${others.map((s) => `${s.title} (${s.source.locator})`).join('; ')}.`)
  if (more.length) parts.push(`More numbers: ${more.map((r) => r.measure).join('; ')}.`)
  return parts.join('\n\n')
}

/** Turns a study into slides: title → methods → one per step → caveats by figure → take-home. */
export function buildDeck({ study, series, evidence, agentName = (id) => id }: DeckInput, options: Partial<DeckOptions> = {}): Deck {
  const opt = { ...DEFAULTS, ...options }
  const seriesById = new Map(series.map((s) => [s.id, s]))
  const rowById = new Map(evidence.map((r) => [r.id, r]))
  const claimById = new Map(study.claims.map((c) => [c.id, c]))
  const modelName = new Map(study.models.map((m) => [m.id, m.name]))
  const slides: Slide[] = []

  slides.push({ kind: 'title', id: 'title', heading: study.citation.title, notes: `${study.summary}\n\nMechanism: ${study.mechanism}` })
  const rows = methodsRows(study, series, evidence, agentName, opt.itemsPerRow)
  slides.push({
    kind: 'methods',
    id: 'methods',
    heading: 'Methods at a glance',
    rows,
    notes: study.models.map((m) => `${m.name}: ${m.description}`).join('\n\n'),
  })

  study.steps.forEach((step, i) => {
    const claim = claimById.get(step.claim)
    if (!claim) throw new Error(`step "${step.id}" of study ${study.id}: unknown claim "${step.claim}"`)
    const stepSeries = step.series.map((id) => seriesById.get(id)).filter((s): s is Series => !!s)
    const figure = stepSeries.find(canDraw)
    const claimRows = claim.evidence.map((id) => rowById.get(id)).filter((r): r is EvidenceRow => !!r)
    const { stats, more } = headlineStats(claimRows, opt.statsPerSlide)
    const groups = stepSeries.flatMap(groupsOf)
    const rescue = step.rescue.length ? step.rescue.map(agentName).join(' / ') : undefined
    slides.push({
      kind: 'step',
      id: `step-${step.id}`,
      heading: step.title,
      notes: stepNotes(
        claim,
        stats,
        rescue,
        more,
        stepSeries.filter((s) => s !== figure),
      ),
      step,
      claim,
      number: i + 1,
      series: stepSeries,
      ...(figure ? { figure } : {}),
      stats,
      selections: stepSelections(study, step),
      ...(rescue ? { rescue } : {}),
      setup: {
        models: uniq(groups.flatMap((g) => (g.model ? [modelName.get(g.model) ?? g.model] : []))),
        agents: uniq(step.drugs).map(agentName),
        measured: uniq(stepSeries.map(measuredBy)),
      },
      ...(claim.predict ? { predict: claim.predict } : {}),
    })
  })

  const { pages, rest } = caveatPages(study.caveats, opt.caveatsPerSlide, opt.caveatSlides)
  pages.forEach((groups, p) => {
    const lines = groups.flatMap((g) => g.caveats.map((c) => `${g.figure} — ${c.title}: ${c.text} (${c.locations.join('; ')})`))
    if (p === pages.length - 1 && rest.length) lines.push(`Not on the slides: ${rest.map((c) => `${c.title} (${c.locations.join('; ')})`).join('; ')}.`)
    slides.push({
      kind: 'caveats',
      id: `caveats-${p + 1}`,
      heading: pages.length > 1 ? `Read with care, by figure (${p + 1} of ${pages.length})` : 'Read with care, by figure',
      notes: lines.join('\n\n'),
      groups,
      part: p + 1,
      parts: pages.length,
      more: p === pages.length - 1 ? rest.length : 0,
    })
  })

  const limits = study.caveats.filter((c) => c.kind === 'limitation').length
  const issues = study.caveats.length - limits
  const caution =
    study.textKind === 'abstract'
      ? 'Built from the abstract alone: no measured numbers, so every plotted value is illustrative.'
      : `${plural(issues, 'place')} where the text disagrees with itself or is unclear; ${plural(limits, 'thing')} it does not show.`
  slides.push({
    kind: 'takeaway',
    id: 'takeaway',
    heading: 'Take-home',
    notes: `Close on the mechanism, then the weakest link. ${caution}`,
    mechanism: study.mechanism,
    points: study.steps.map((s) => s.title),
    caution,
  })
  return { study, slides }
}
