// Builds a stand-alone SVG of a figure: title, subtitle, the plot(s), the key, the provenance footnote and the
// source, with styles inlined and CSS variables resolved so the file looks the same anywhere.
import type { Provenance } from '../../domain/schema/provenance'
import { stripIllegal, xmlText } from './clean-text'
import type { FigureDoc } from './figure-doc'
import { LIGHT_PALETTE } from './palette'

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

/** Replaces every var(--x) in a string with its resolved value (the light palette where the page cannot tell). */
export function resolveVars(text: string, vars: VarResolver): string {
  return text.replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_, name: string, dflt?: string) => vars(name) || dflt || LIGHT_PALETTE[name] || '#000000')
}

/** How each provenance looks as a key line: solid, dashed, dotted and faint. */
const KEY_LINE: Record<Provenance, string> = {
  reported: '',
  digitized: '',
  derived: ' stroke-dasharray="9 6"',
  illustrative: ' stroke-dasharray="2 5" stroke-opacity="0.55"',
}

/** What each provenance means, for the footnote. */
const FOOTNOTE: Record<Provenance, string> = {
  reported: 'reported: stated in the paper (figure or section named)',
  digitized: 'digitized: read off a published figure',
  derived: 'derived: computed here from reported values by a named model',
  illustrative: 'illustrative — not measured: shows a direction the paper states in words',
}

/** Presentation properties copied inline, so a plot styled by the page's CSS keeps its look in a file. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'paint-order',
  'stroke-linejoin',
  'display',
] as const

/** A clone of an on-screen SVG with computed styles inlined (where the browser computes them) and classes dropped. */
export function inlinedClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const src = [svg, ...svg.querySelectorAll('*')]
  const dst = [clone, ...clone.querySelectorAll('*')]
  src.forEach((el, i) => {
    const cs = getComputedStyle(el)
    const target = dst[i]!
    const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`)
      .filter((s) => !/:\s*$/.test(s))
      .join(';')
    if (style) target.setAttribute('style', style)
    else target.removeAttribute('style')
    target.removeAttribute('class')
    target.removeAttribute('tabindex')
    // Labels drawn on screen may hold characters XML forbids; the serialiser would write them as they are.
    for (const a of [...target.attributes]) if (stripIllegal(a.value) !== a.value) target.setAttribute(a.name, stripIllegal(a.value))
    for (const t of target.childNodes) if (t.nodeType === Node.TEXT_NODE && t.nodeValue) t.nodeValue = stripIllegal(t.nodeValue)
  })
  return clone
}

/** Greedy word wrap by an average glyph width; good enough for captions. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(10, Math.floor(width / (fontSize * 0.54)))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    // A word longer than the line is cut, so a 10,000-character label cannot widen the file.
    for (let w = word; w; w = w.slice(max)) {
      const part = w.slice(0, max)
      if (line && (line + ' ' + part).length > max) {
        lines.push(line)
        line = part
      } else line = line ? `${line} ${part}` : part
    }
  }
  if (line) lines.push(line)
  return lines
}

const size = (svg: SVGSVGElement) => {
  const vb = svg.viewBox?.baseVal
  return { w: Number(svg.getAttribute('width')) || vb?.width || 480, h: Number(svg.getAttribute('height')) || vb?.height || 300 }
}

/** Serialises the figure into one SVG document that stands on its own (a slide). */
export function composeSvg(doc: FigureDoc, plots: readonly SVGSVGElement[], vars: VarResolver): string {
  const plotW = Math.max(480, ...plots.map((p) => size(p).w))
  const W = plotW + PAD * 2
  const inner = W - PAD * 2
  const out: string[] = []
  let y = PAD
  const text = (s: string, fontSize: number, x: number, extra = '') => {
    for (const line of wrap(s, inner - (x - PAD), fontSize)) {
      y += fontSize + 5
      out.push(`<text x="${x}" y="${y}" font-size="${fontSize}" fill="var(--fg)"${extra}>${xmlText(line)}</text>`)
    }
  }
  text(doc.title, 22, PAD, ' font-weight="700"')
  if (doc.subtitle) text(doc.subtitle, 15, PAD, ' fill-opacity="0.8"')
  y += 12
  const serializer = new XMLSerializer()
  for (const plot of plots) {
    const { w, h } = size(plot)
    const clone = inlinedClone(plot)
    clone.setAttribute('x', String(PAD))
    clone.setAttribute('y', String(y))
    clone.setAttribute('width', String(w))
    clone.setAttribute('height', String(h))
    out.push(serializer.serializeToString(clone))
    y += h + 6
  }
  for (const entry of doc.legend) {
    const top = y
    text([entry.label, entry.detail, entry.provenance && `drawn: ${entry.provenance}`].filter(Boolean).join(' · '), 15, PAD + 44)
    if (entry.colour)
      out.push(
        entry.provenance
          ? `<line x1="${PAD + 1}" y1="${top + 14}" x2="${PAD + 33}" y2="${top + 14}" stroke="${entry.colour}" stroke-width="3"${KEY_LINE[entry.provenance]}/>`
          : `<rect x="${PAD + 9}" y="${top + 6}" width="16" height="16" fill="${entry.colour}"/>`,
      )
  }
  if (doc.provenance.length) y += 8
  for (const p of doc.provenance) {
    const top = y
    text(FOOTNOTE[p], 14, PAD + 44)
    out.push(`<line x1="${PAD + 1}" y1="${top + 13}" x2="${PAD + 33}" y2="${top + 13}" stroke="var(--fg)" stroke-width="3"${KEY_LINE[p]}/>`)
  }
  y += 10
  if (doc.caption) text(doc.caption, 15, PAD)
  text(`Source: ${doc.source}`, 14, PAD, ' fill-opacity="0.75"')
  const H = Math.ceil(y + PAD)
  const body =
    `<svg xmlns="${SVG_NS}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family='${FONT}' font-size="14">` +
    `<title>${xmlText(doc.title)}</title><rect width="100%" height="100%" fill="var(--bg)"/>${out.join('')}</svg>`
  return resolveVars(body, vars)
}
