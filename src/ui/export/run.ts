// Loaded on the first export click only (dynamic import), so export code costs nothing up front.
import { composeSvg, computedVars } from './compose-svg'
import { download } from './download'
import type { FigureDoc } from './figure-doc'

/** Image formats every figure offers (charts add CSV). */
export type ImageFormat = 'png' | 'svg'

/** Draws the SVG text onto a 2× canvas (sharp on projectors and slides) and returns a PNG blob. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode().catch(() => {
      throw new Error('the browser could not draw the figure as an image')
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(img.naturalWidth * scale)
    canvas.height = Math.round(img.naturalHeight * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('canvas 2D is not available')
    ctx.scale(scale, scale)
    ctx.drawImage(img, 0, 0)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Exports a figure (its doc and its plot SVGs, themed like `within`) as `<fileName>.<format>`. */
export async function exportImage(format: ImageFormat, doc: FigureDoc, plots: readonly SVGSVGElement[], within: Element, fileName: string): Promise<void> {
  if (!plots.length) throw new Error('there is no drawn plot to export (is the table view on?)')
  const svg = composeSvg(doc, plots, computedVars(within))
  if (format === 'svg') return download(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`)
  download(await svgToPng(svg), `${fileName}.png`)
}
