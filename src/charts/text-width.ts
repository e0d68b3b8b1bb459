// Label widths measured in the font the browser actually uses: an average-glyph estimate was too narrow for
// DejaVu Sans and cut bar labels at the chart's edge. Where no canvas exists (jsdom), the estimate stands in.

let context: OffscreenCanvasRenderingContext2D | null | undefined

const measurer = () => {
  if (context === undefined) context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d')
  return context
}

/** The CSS font shorthand an element is drawn in, for measuring text like it. */
export const fontOf = (el: Element) => {
  const s = getComputedStyle(el)
  return `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`
}

/** Width of `text` in `font` (a CSS font shorthand), in px; without a canvas, `fallbackCharPx` per character. */
export function textWidth(text: string, font: string | undefined, fallbackCharPx: number): number {
  const ctx = font ? measurer() : null
  if (!ctx) return text.length * fallbackCharPx
  ctx.font = font!
  return ctx.measureText(text).width
}

/** The longest start of `label` (with an ellipsis when cut) that fits in `maxPx`; the whole label when it fits. */
export function fitText(label: string, maxPx: number, font: string | undefined, fallbackCharPx: number): string {
  if (textWidth(label, font, fallbackCharPx) <= maxPx) return label
  // Binary search on the kept length: width grows with each character kept.
  let lo = 1
  let hi = label.length - 1
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (textWidth(`${label.slice(0, mid)}…`, font, fallbackCharPx) <= maxPx) lo = mid
    else hi = mid - 1
  }
  return `${label.slice(0, lo)}…`
}

/** Like fitText, but a trailing "(unit)" stays whole and the cut comes before it: "cell index at end of ru… (%)". */
export function fitKeepingUnit(label: string, maxPx: number, font: string | undefined, fallbackCharPx: number): string {
  if (textWidth(label, font, fallbackCharPx) <= maxPx) return label
  const unit = /\s(\([^()]*\))$/.exec(label)
  const unitPx = unit ? textWidth(` ${unit[1]}`, font, fallbackCharPx) : Infinity
  if (!unit || unitPx > maxPx / 2) return fitText(label, maxPx, font, fallbackCharPx)
  return `${fitText(label.slice(0, unit.index), maxPx - unitPx, font, fallbackCharPx)} ${unit[1]}`
}
