import { compareKey, parseCompareKey } from '../domain/compare'
import { AgentId, ConditionId, idFrom } from '../domain/schema/ids'
import { DEFAULT_VIEW, type ViewState } from './view-state'

const KNOWN = new Set(['drugs', 'cond', 'illus', 'theme', 'cmp', 'slide', 'predict'])
/** Parameters other features own (dev-time fault injection; the present-mode presenter window); kept, not reported. */
const PASSTHROUGH = new Set(['fault', 'presenter'])
/**
 * Parameters one view reads and validates itself (the Overview's question, search and filters; the Study view's step,
 * open pathway node `pw` and figure options `fig`):
 * kept while the store changes, but not carried into links to other views.
 */
export const VIEW_LOCAL = new Set(['drug', 'target', 'q', 'cancer', 'class', 'node', 'call', 'tested', 'step', 'pw', 'fig'])

/**
 * Most ids a link may select, and the longest id; more are dropped with a notice, so a URL cannot
 * trigger unbounded work and every link the app writes stays under 8 KB (servers refuse 8–16 KB).
 */
export const LIMITS = { drugs: 60, conditions: 40, compare: 12, idChars: 48 } as const
/** How many dropped items a notice names before it only counts the rest. */
const NAMED = 3

const count = (n: number) => n.toLocaleString('en')
const quoted = (xs: readonly string[], max: number) =>
  xs
    .slice(0, NAMED)
    .map((x) => `"${x.slice(0, max)}"`)
    .join(', ') + (xs.length > NAMED ? ` and ${count(xs.length - NAMED)} more` : '')

/** Parsed URL state plus what was dropped, for the notice. */
export interface ParsedView {
  view: ViewState
  notices: string[]
}

/**
 * Parses a comma-separated list item by item (`parse` is an id schema's parser, or the comparison key's):
 * the URL is where strings become ids. Repeats are dropped; malformed items and the excess are named in `notices`.
 */
function list<T>(raw: string | null, parse: (item: string) => T | undefined, max: number, name: string, limit: number, notices: string[]): T[] {
  if (raw === null || raw === '') return []
  const seen = new Set<string>()
  const good: T[] = []
  const bad: string[] = []
  for (const x of raw.split(',')) {
    const id = x.length <= max ? parse(x) : undefined
    if (id === undefined) bad.push(x)
    else if (!seen.has(x)) good.push(id)
    seen.add(x)
  }
  if (bad.length)
    notices.push(bad.length > NAMED ? `Ignored ${count(bad.length)} malformed ${name}s: ${quoted(bad, 40)}.` : `Ignored malformed ${name}: ${quoted(bad, 40)}.`)
  if (good.length > limit) notices.push(`Kept the first ${limit} of ${count(good.length)} ${name}s in the link; a view can use at most ${limit}.`)
  return good.slice(0, limit)
}

/** Reads a view from a query string; anything unknown or malformed is dropped and named in `notices`. */
export function parseView(search: string): ParsedView {
  const params = new URLSearchParams(search)
  const notices: string[] = []
  const unknown = [...new Set(params.keys())].filter((key) => !KNOWN.has(key) && !PASSTHROUGH.has(key) && !VIEW_LOCAL.has(key))
  if (unknown.length === 1) notices.push(`Ignored unknown URL parameter "${unknown[0]!.slice(0, 40)}".`)
  else if (unknown.length > 1) notices.push(`${count(unknown.length)} unknown URL parameters ignored: ${quoted(unknown, 40)}.`)
  const view: ViewState = { ...DEFAULT_VIEW }
  view.drugs = list(params.get('drugs'), (x) => idFrom(AgentId, x), LIMITS.idChars, 'drug id', LIMITS.drugs, notices)
  view.conditions = list(params.get('cond'), (x) => idFrom(ConditionId, x), LIMITS.idChars, 'condition id', LIMITS.conditions, notices)
  // A comparison key holds three ids.
  view.compare = list(params.get('cmp'), parseCompareKey, 3 * LIMITS.idChars, 'comparison', LIMITS.compare, notices)
  const illus = params.get('illus')
  if (illus === 'hide') view.hideIllustrative = true
  else if (illus !== null && illus !== 'show') notices.push(`Ignored illus="${illus.slice(0, 20)}" (expected "hide" or "show").`)
  const theme = params.get('theme')
  if (theme === 'light' || theme === 'dark') view.theme = theme
  else if (theme !== null) notices.push(`Ignored theme="${theme.slice(0, 20)}" (expected "light" or "dark").`)
  const slide = params.get('slide')
  if (slide !== null) {
    const n = Number(slide)
    if (Number.isInteger(n) && n >= 1 && n <= 999) view.slide = n
    else notices.push(`Ignored slide="${slide.slice(0, 20)}" (expected a slide number).`)
  }
  const predict = params.get('predict')
  // Always written (undefined when off), so replacing the store from a URL without it switches it off.
  view.predict = predict === 'on' ? true : undefined
  if (predict !== null && predict !== 'on' && predict !== 'off') notices.push(`Ignored predict="${predict.slice(0, 20)}" (expected "on" or "off").`)
  return { view, notices }
}

/** Writes a view as a query string, omitting defaults so links stay short. Keeps pass-through params. */
export function serialiseView(view: ViewState, keep: URLSearchParams = new URLSearchParams()): string {
  const p = new URLSearchParams()
  if (view.drugs.length) p.set('drugs', view.drugs.join(','))
  if (view.conditions.length) p.set('cond', view.conditions.join(','))
  if (view.hideIllustrative) p.set('illus', 'hide')
  if (view.theme !== DEFAULT_VIEW.theme) p.set('theme', view.theme)
  if (view.compare.length) p.set('cmp', view.compare.map(compareKey).join(','))
  if (view.slide !== DEFAULT_VIEW.slide) p.set('slide', String(view.slide))
  if (view.predict) p.set('predict', 'on')
  for (const [k, v] of keep) if (PASSTHROUGH.has(k) || VIEW_LOCAL.has(k)) p.append(k, v)
  const s = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/')
  return s ? `?${s}` : ''
}
