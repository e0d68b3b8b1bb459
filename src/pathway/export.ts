/** Presentation properties copied inline so an exported SVG looks as on screen without the page's CSS. */
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'paint-order', 'stroke-linejoin', 'display'] as const

/** A standalone copy of an on-screen SVG with computed styles inlined and a background filled in. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const src = [svg, ...svg.querySelectorAll('*')]
  const dst = [clone, ...clone.querySelectorAll('*')]
  src.forEach((el, i) => {
    const cs = getComputedStyle(el)
    const target = dst[i] as Element
    const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).filter((s) => !s.endsWith(':')).join(';')
    target.setAttribute('style', style)
    target.removeAttribute('class')
    target.removeAttribute('tabindex')
  })
  const vb = svg.viewBox.baseVal
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  bg.setAttribute('x', String(vb.x))
  bg.setAttribute('y', String(vb.y))
  bg.setAttribute('width', String(vb.width))
  bg.setAttribute('height', String(vb.height))
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#fff')
  clone.insertBefore(bg, clone.firstChild)
  clone.setAttribute('width', String(vb.width))
  clone.setAttribute('height', String(vb.height))
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  return new XMLSerializer().serializeToString(clone)
}

function download(href: string, filename: string) {
  const a = document.createElement('a')
  a.href = href
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
}

/** Saves the SVG as a file. */
export function exportSvg(svg: SVGSVGElement, filename: string): void {
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }))
  download(url, filename)
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Saves the SVG as a PNG at `scale` × its viewBox size (2 by default, sharp on a projector). */
export async function exportPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
  const vb = svg.viewBox.baseVal
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(vb.width * scale)
    canvas.height = Math.round(vb.height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) return
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((res) => canvas.toBlob(res, 'image/png'))
    if (!blob) return
    const png = URL.createObjectURL(blob)
    download(png, filename)
    setTimeout(() => URL.revokeObjectURL(png), 1000)
  } finally {
    URL.revokeObjectURL(url)
  }
}
