// Loaded on the first "Slide as PNG" click only. A slide is HTML around SVG figures, so it is drawn the
// way a browser can without a library: a clone with every computed style inlined, wrapped in an SVG
// <foreignObject>, painted onto a 1920×1080 canvas (same-origin, no external resources, so not tainted).

const W = 1920
const H = 1080

/** Copies each element's computed style onto its clone, so the picture no longer needs the stylesheets. */
function inlineStyles(src: Element, dst: Element) {
  const cs = getComputedStyle(src)
  const style = (dst as HTMLElement | SVGElement).style
  for (let i = 0; i < cs.length; i++) {
    const p = cs.item(i)
    style.setProperty(p, cs.getPropertyValue(p), cs.getPropertyPriority(p))
  }
  const kids = src.children
  const copies = dst.children
  for (let i = 0; i < kids.length; i++) if (copies[i]) inlineStyles(kids[i]!, copies[i]!)
}

/** The slide element as a stand-alone SVG document, `W`×`H`. */
export function slideSvg(slide: HTMLElement): string {
  const clone = slide.cloneNode(true) as HTMLElement
  inlineStyles(slide, clone)
  // The print copy waits hidden off-canvas; the picture must not inherit that.
  clone.style.visibility = 'visible'
  clone.style.width = `${W}px`
  clone.style.height = `${H}px`
  clone.style.margin = '0'
  clone.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml')
  const html = new XMLSerializer().serializeToString(clone)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><foreignObject x="0" y="0" width="${W}" height="${H}">${html}</foreignObject></svg>`
}

/** Paints the slide at 1920×1080 and downloads it as a PNG named `fileName`. */
export async function slidePng(slide: HTMLElement, fileName: string): Promise<void> {
  // A data: URL, not a blob: one: Chromium taints a canvas drawn from a blob-URL SVG holding a foreignObject.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(slideSvg(slide))}`
  const img = new Image()
  img.src = url
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = W
  canvas.height = H
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas 2D is not available')
  ctx.drawImage(img, 0, 0, W, H)
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'))
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000)
}
