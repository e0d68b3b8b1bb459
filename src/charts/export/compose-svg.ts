// Builds a stand-alone SVG of a rendered chart: title, the plot(s), the series key, the provenance
// legend and the source caption, with CSS variables resolved so the file looks the same anywhere.
import type { Provenance } from '../../domain/schema/provenance'
import { LINE_STYLE } from '../provenance-style'

const SVG_NS = 'http://www.w3.org/2000/svg'
const PAD = 24
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

/** Looks up a CSS custom property ("--c1") for the current theme; '' when unknown. */
export type VarResolver = (name: string) => string

/** Resolver reading the computed style of an element (theme-aware in a browser). */
export const computedVars =
  (el: Element): VarResolver =>
  (name) =>
    getComputedStyle(el).getPropertyValue(name).trim()

// Light-theme values, used where the browser cannot tell (e.g. jsdom in tests).
const FALLBACK: Record<string, string> = {
  '--bg': '#ffffff', '--fg': '#14171c', '--fg-muted': '#4a5260', '--grid': '#e2e5eb', '--axis': '#59616e', '--border': '#c9ced8',
  '--c1': '#0072b2', '--c2': '#d55e00', '--c3': '#009e73', '--c4': '#cc79a7', '--c5': '#56b4e9', '--c6': '#e69f00', '--c7': '#000000',
  '--reported': '#0b4f82', '--derived': '#6b3a00', '--illustrative': '#5c5c5c', '--hatch': 'rgba(90, 90, 90, 0.25)', '--bg-raised': '#f5f6f8',
}

/** Replaces every var(--x) in a string with its resolved value. */
export function resolveVars(text: string, vars: VarResolver): string {
  return text.replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_, name: string, dflt?: string) => vars(name) || dflt || FALLBACK[name] || '#000000')
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

/** Text of an element with a space between its parts (badges and labels are separate spans). */
function spaced(el: Element | null | undefined): string {
  if (!el) return ''
  const parts: string[] = []
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '')
    else if (n.nodeType === 1 && (n as Element).tagName.toLowerCase() !== 'svg') n.childNodes.forEach(walk)
  }
  walk(el)
  return clean(parts.join(' ')).replace(/ ([.,;:)])/g, '$1')
}

/** Greedy word wrap by an average glyph width; good enough for captions. */
function wrap(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(10, Math.floor(width / (fontSize * 0.54)))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/** What the composed SVG is made of, read from a rendered chart figure. */
export interface ChartParts {
  title: string
  plots: SVGSVGElement[]
  keys: { text: string; swatch: SVGSVGElement | null }[]
  provenance: { kind: Provenance; text: string }[]
  caption: string
  source: string
}

/** Reads the parts of a rendered ChartFrame figure (the DOM is the single source of what is shown). */
export function readParts(figure: Element): ChartParts {
  const plots = [...figure.querySelectorAll<SVGSVGElement>('.chart__plot svg.recharts-surface, .chart__plot svg[data-export]')].filter(
    (s) => !s.parentElement?.closest('svg'),
  )
  const keys = [...figure.querySelectorAll('.series-key__item')].map((li) => ({ text: spaced(li), swatch: li.querySelector('svg') }))
  const provenance = [...figure.querySelectorAll('.prov-legend__item')].map((li) => ({
    kind: ((li.className.match(/prov-legend__item--(\w+)/) ?? [])[1] ?? 'reported') as Provenance,
    text: spaced(li),
  }))
  const source = spaced(figure.querySelector('.chart__source'))
  const caption = spaced(figure.querySelector('.chart__caption')).replace(source, '').trim()
  return { title: clean(figure.querySelector('.chart__title')?.textContent), plots, keys, provenance, caption, source }
}

/** Serialises the parts into one SVG document (a slide that stands on its own). */
export function composeSvg(parts: ChartParts, vars: VarResolver): string {
  const plotW = Math.max(480, ...parts.plots.map((p) => Number(p.getAttribute('width')) || 0))
  const W = plotW + PAD * 2
  const inner = W - PAD * 2
  const out: string[] = []
  let y = PAD
  for (const line of wrap(parts.title, inner, 22)) {
    y += 26
    out.push(`<text x="${PAD}" y="${y}" font-size="22" font-weight="700" fill="var(--fg)">${esc(line)}</text>`)
  }
  y += 12
  const serializer = new XMLSerializer()
  for (const plot of parts.plots) {
    const clone = plot.cloneNode(true) as SVGSVGElement
    const h = Number(plot.getAttribute('height')) || 300
    clone.setAttribute('x', String(PAD))
    clone.setAttribute('y', String(y))
    clone.removeAttribute('style')
    clone.removeAttribute('class')
    out.push(serializer.serializeToString(clone))
    y += h + 6
  }
  for (const key of parts.keys) {
    const lines = wrap(key.text, inner - 48, 15)
    if (key.swatch) {
      const sw = key.swatch.cloneNode(true) as SVGSVGElement
      sw.setAttribute('x', String(PAD))
      sw.setAttribute('y', String(y + 8))
      out.push(serializer.serializeToString(sw))
    }
    for (const line of lines) {
      y += 20
      out.push(`<text x="${PAD + 44}" y="${y}" font-size="15" fill="var(--fg)">${esc(line)}</text>`)
    }
  }
  if (parts.provenance.length) y += 8
  for (const p of parts.provenance) {
    const style = LINE_STYLE[p.kind]
    y += 20
    out.push(
      `<line x1="${PAD + 1}" y1="${y - 5}" x2="${PAD + 33}" y2="${y - 5}" stroke="var(--fg)" stroke-width="3" stroke-opacity="${style.strokeOpacity}"${style.strokeDasharray ? ` stroke-dasharray="${style.strokeDasharray}"` : ''}/>`,
      `<text x="${PAD + 44}" y="${y}" font-size="14" fill="var(--fg)">${esc(p.text)}</text>`,
    )
  }
  y += 10
  for (const [text, colour, size] of [
    [parts.caption, 'var(--fg)', 15],
    [parts.source, 'var(--fg-muted)', 14],
  ] as const) {
    if (!text) continue
    for (const line of wrap(text, inner, size)) {
      y += size + 5
      out.push(`<text x="${PAD}" y="${y}" font-size="${size}" fill="${colour}">${esc(line)}</text>`)
    }
  }
  const H = Math.ceil(y + PAD)
  const body =
    `<svg xmlns="${SVG_NS}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family='${FONT}' font-size="14">` +
    `<title>${esc(parts.title)}</title><rect width="100%" height="100%" fill="var(--bg)"/>${out.join('')}</svg>`
  return resolveVars(body, vars)
}
