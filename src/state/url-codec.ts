import { DEFAULT_VIEW, type ViewState } from './view-state'

const ID = /^[a-z0-9][a-z0-9-]*$/
const COMPARE = /^[a-z0-9-]+:[a-z0-9-]+:[a-z0-9-]+$/
const KNOWN = new Set(['drugs', 'cond', 'illus', 'theme', 'cmp', 'slide', 'predict'])
/** Parameters other features own (dev-time fault injection; the present-mode presenter window; the Study view's step, src/state/step-param.ts); kept, not reported. */
const PASSTHROUGH = new Set(['fault', 'presenter', 'step'])

/** Parsed URL state plus what was dropped, for the notice. */
export interface ParsedView {
  view: ViewState
  notices: string[]
}

function list(raw: string | null, pattern: RegExp, name: string, notices: string[]): string[] {
  if (raw === null || raw === '') return []
  const items = raw.split(',')
  const good = items.filter((x) => pattern.test(x))
  const bad = items.filter((x) => !pattern.test(x))
  if (bad.length) notices.push(`Ignored malformed ${name}: ${bad.map((b) => `"${b.slice(0, 40)}"`).join(', ')}.`)
  return [...new Set(good)]
}

/** Reads a view from a query string; anything unknown or malformed is dropped and named in `notices`. */
export function parseView(search: string): ParsedView {
  const params = new URLSearchParams(search)
  const notices: string[] = []
  for (const key of new Set(params.keys()))
    if (!KNOWN.has(key) && !PASSTHROUGH.has(key)) notices.push(`Ignored unknown URL parameter "${key.slice(0, 40)}".`)
  const view: ViewState = { ...DEFAULT_VIEW }
  view.drugs = list(params.get('drugs'), ID, 'drug id', notices)
  view.conditions = list(params.get('cond'), ID, 'condition id', notices)
  view.compare = list(params.get('cmp'), COMPARE, 'comparison', notices)
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
  if (view.compare.length) p.set('cmp', view.compare.join(','))
  if (view.slide !== DEFAULT_VIEW.slide) p.set('slide', String(view.slide))
  if (view.predict) p.set('predict', 'on')
  for (const [k, v] of keep) if (PASSTHROUGH.has(k)) p.append(k, v)
  const s = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/')
  return s ? `?${s}` : ''
}
