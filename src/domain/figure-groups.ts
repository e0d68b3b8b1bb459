// Groups a study's series by the paper figure they come from, read from `source.locator`
// ("Fig. 6E", "Supplementary Fig. S3I–J", "Results: ...; Fig. 1E"), for the Study view's figure index.

/** One panel of the paper a series is drawn from, with the anchor the Study view gives it. */
export interface FigurePanel<S> {
  series: S
  /** The panel as written, e.g. "Fig. 6E" or "Supplementary Fig. S3I–J"; the locator itself for text-only sources. */
  label: string
  /** Unique URL fragment for this figure, e.g. "fig-6e" (a suffix tells apart several series of one panel). */
  anchor: string
}

/** Every series drawn from one paper figure (or from the supplement, or from the text). */
export interface FigureGroup<S> {
  /** "fig-6", "supplementary" or "text". */
  id: string
  /** "Fig. 6", "Supplementary figures" or "Stated in the text". */
  label: string
  panels: FigurePanel<S>[]
}

const MAIN = /^Fig\.\s*(\d+)\s*([A-Z](?:\s*[–-]\s*[A-Z])?)?/
const SUPP = /^Supplementary\s+Fig\.\s*(S?\d+)\s*([A-Z](?:\s*[–-]\s*[A-Z])?)?/

/** Where a locator points: a main figure (number and panel), a supplementary one, or neither. */
export function parseLocator(locator: string): { group: string; label: string; slug: string } {
  const parts = locator.split(';').map((p) => p.trim())
  // A main figure wins over the supplement and the text: it is where a reader looks first.
  for (const p of parts) {
    const m = MAIN.exec(p)
    if (m) return { group: `fig-${m[1]}`, label: m[0].trim(), slug: slug(`fig-${m[1]}${m[2] ?? ''}`) }
  }
  for (const p of parts) {
    const m = SUPP.exec(p)
    if (m) return { group: 'supplementary', label: m[0].trim(), slug: slug(`fig-${m[1]}${m[2] ?? ''}`) }
  }
  return { group: 'text', label: parts[0] ?? locator, slug: 'text' }
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[–\s]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')

const groupRank = (id: string) => (id.startsWith('fig-') ? Number(id.slice(4)) : id === 'supplementary' ? 1e6 : 2e6)

/** Groups series by figure in the paper's order (Fig. 1 … Fig. N, then the supplement, then the text), keeping curated order within a group. */
export function figureGroups<S extends { source: { locator: string } }>(series: readonly S[]): FigureGroup<S>[] {
  const groups = new Map<string, FigureGroup<S>>()
  const used = new Map<string, number>()
  for (const s of series) {
    const at = parseLocator(s.source.locator)
    const n = (used.get(at.slug) ?? 0) + 1
    used.set(at.slug, n)
    const anchor = n === 1 ? at.slug : `${at.slug}-${n}`
    const label = at.group.startsWith('fig-') ? `Fig. ${at.group.slice(4)}` : at.group === 'supplementary' ? 'Supplementary figures' : 'Stated in the text'
    const g = groups.get(at.group) ?? { id: at.group, label, panels: [] }
    g.panels.push({ series: s, label: at.label, anchor })
    groups.set(at.group, g)
  }
  return [...groups.values()].sort((a, b) => groupRank(a.id) - groupRank(b.id))
}

/** The group holding a figure anchor (or the group whose own anchor it is), if any. */
export function groupOfAnchor<S>(groups: readonly FigureGroup<S>[], anchor: string): FigureGroup<S> | undefined {
  return groups.find((g) => g.id === anchor || g.panels.some((p) => p.anchor === anchor))
}
