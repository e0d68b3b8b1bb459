import type { EvidenceRow } from './schema/evidence'
import { groupsOf, measuredBy, type Series } from './series'
import type { Caveat, Claim, StudyMeta } from './schema/study'

/** The drug state T toggles on a claim slide: `base` stays on, `added` is the teaching moment. */
export interface SlideDrugs {
  base: string[]
  added: string[]
}

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

/** One key claim: its text, figure, headline numbers and provenance. */
export interface ClaimSlide extends SlideBase {
  kind: 'claim'
  claim: Claim
  /** 1-based position among the claims. */
  number: number
  /** The claim's series in curated order (the view draws the first it can). */
  series: Series[]
  /** Headline numbers shown on the slide. */
  stats: EvidenceRow[]
  /** Further numbers, listed in the notes only. */
  moreStats: EvidenceRow[]
  setup: Setup
  drugs?: SlideDrugs
  /** Caveats that touch this claim's evidence, most pointed first. */
  caveats: Caveat[]
  /** The question asked before the reveal, if the claim has one. */
  predict?: string
}

/** A page of caveats: disagreements in the text, or what the paper does not show. */
export interface CaveatSlide extends SlideBase {
  kind: 'caveats'
  group: 'issues' | 'limits'
  caveats: Caveat[]
  part: number
  parts: number
}

/** The closing summary. */
export interface TakeawaySlide extends SlideBase {
  kind: 'takeaway'
  mechanism: string
  points: string[]
  caution: string
}

/** Any slide. */
export type Slide = TitleSlide | ClaimSlide | CaveatSlide | TakeawaySlide

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
  agentName?: (id: string) => string
}

/** Layout limits: what fits on one 1920×1080 slide at projector type size. */
export interface DeckOptions {
  statsPerSlide: number
  caveatsPerSlide: number
}

const DEFAULTS: DeckOptions = { statsPerSlide: 3, caveatsPerSlide: 5 }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

const uniq = <T,>(xs: readonly T[]) => [...new Set(xs)]

/**
 * The teaching moment of a claim: the combination tested against the resisted drug most often in
 * its series (ties: first seen). Base = the resisted drugs in it, added = the partners. Without
 * such a combination, the most frequent treated group is added to nothing. Undefined if untreated.
 */
export function slideDrugs(series: readonly Series[], resisted: readonly string[]): SlideDrugs | undefined {
  const counts = new Map<string, { agents: string[]; n: number; combo: boolean }>()
  for (const s of series)
    for (const g of groupsOf(s)) {
      if (!g.agents.length) continue
      const agents = [...g.agents]
      const key = [...agents].sort().join('+')
      const combo = agents.some((a) => resisted.includes(a)) && agents.some((a) => !resisted.includes(a))
      const hit = counts.get(key)
      if (hit) hit.n++
      else counts.set(key, { agents, n: 1, combo })
    }
  const all = [...counts.values()]
  const pool = all.some((c) => c.combo) ? all.filter((c) => c.combo) : all
  // Stable: Map keeps insertion order, so the first seen wins a tie.
  const best = pool.reduce<(typeof pool)[number] | undefined>((a, b) => (!a || b.n > a.n ? b : a), undefined)
  if (!best) return undefined
  if (!best.combo) return { base: [], added: best.agents }
  return { base: best.agents.filter((a) => resisted.includes(a)), added: best.agents.filter((a) => !resisted.includes(a)) }
}

/** Rows with a test or interval first, then rows with an n, keeping curated order within each rank. */
export function headlineStats(rows: readonly EvidenceRow[], k: number): { stats: EvidenceRow[]; more: EvidenceRow[] } {
  const rank = (r: EvidenceRow) => (r.quantity.p || r.quantity.ci ? 2 : 0) + (r.quantity.n ? 1 : 0)
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => rank(b.r) - rank(a.r) || a.i - b.i)
  const stats = ordered.slice(0, k).map((x) => x.r)
  return { stats, more: rows.filter((r) => !stats.includes(r)) }
}

const CAVEAT_ORDER: Record<Caveat['kind'], number> = { 'derived-vs-reported': 0, inconsistency: 1, ambiguity: 2, limitation: 3 }

function chunk<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n))
  return out
}

function claimNotes(claim: Claim, caveats: readonly Caveat[], more: readonly EvidenceRow[]): string {
  const parts = [claim.notes ?? claim.text]
  for (const c of caveats) parts.push(`Caveat — ${c.title}: ${c.text}`)
  if (more.length) parts.push(`Also in the evidence: ${more.map((r) => r.measure).join('; ')}.`)
  return parts.join('\n\n')
}

/** Turns a study into slides: title → one per claim → caveats → what the paper does not show → take-home. */
export function buildDeck({ study, series, evidence, agentName = (id) => id }: DeckInput, options: Partial<DeckOptions> = {}): Deck {
  const opt = { ...DEFAULTS, ...options }
  const seriesById = new Map(series.map((s) => [s.id, s]))
  const rowById = new Map(evidence.map((r) => [r.id, r]))
  const modelName = new Map(study.models.map((m) => [m.id, m.name]))
  const slides: Slide[] = []

  const c = study.citation
  slides.push({ kind: 'title', id: 'title', heading: c.title, notes: `${study.summary}\n\nMechanism: ${study.mechanism}` })

  study.claims.forEach((claim, i) => {
    const claimSeries = claim.series.map((id) => seriesById.get(id)).filter((s): s is Series => !!s)
    const rows = claim.evidence.map((id) => rowById.get(id)).filter((r): r is EvidenceRow => !!r)
    const { stats, more } = headlineStats(rows, opt.statsPerSlide)
    const groups = claimSeries.flatMap(groupsOf)
    const caveats = study.caveats
      .filter((cv) => cv.evidence.some((e) => claim.evidence.includes(e)))
      .sort((a, b) => CAVEAT_ORDER[a.kind] - CAVEAT_ORDER[b.kind])
    const drugs = slideDrugs(claimSeries, study.drugsResisted)
    slides.push({
      kind: 'claim',
      id: `claim-${claim.id}`,
      heading: claim.title,
      notes: claimNotes(claim, caveats, more),
      claim,
      number: i + 1,
      series: claimSeries,
      stats,
      moreStats: more,
      setup: {
        models: uniq(groups.flatMap((g) => (g.model ? [modelName.get(g.model) ?? g.model] : []))),
        agents: uniq(groups.flatMap((g) => g.agents)).map(agentName),
        measured: uniq(claimSeries.map(measuredBy)),
      },
      ...(drugs ? { drugs } : {}),
      caveats,
      ...(claim.predict ? { predict: claim.predict } : {}),
    })
  })

  const sorted = [...study.caveats].sort((a, b) => CAVEAT_ORDER[a.kind] - CAVEAT_ORDER[b.kind])
  const groups = [
    { group: 'issues' as const, heading: 'Caveats: where the text disagrees or is unclear', list: sorted.filter((cv) => cv.kind !== 'limitation') },
    { group: 'limits' as const, heading: 'What the paper does not show', list: sorted.filter((cv) => cv.kind === 'limitation') },
  ]
  for (const g of groups) {
    const pages = chunk(g.list, opt.caveatsPerSlide)
    pages.forEach((page, p) =>
      slides.push({
        kind: 'caveats',
        id: `${g.group}-${p + 1}`,
        heading: pages.length > 1 ? `${g.heading} (${p + 1} of ${pages.length})` : g.heading,
        notes: page.map((cv) => `${cv.title}: ${cv.text} (${cv.locations.join('; ')})`).join('\n\n'),
        group: g.group,
        caveats: page,
        part: p + 1,
        parts: pages.length,
      }),
    )
  }

  const issues = groups[0]!.list.length
  const limits = groups[1]!.list.length
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
    points: study.claims.map((cl) => cl.title),
    caution,
  })
  return { study, slides }
}
