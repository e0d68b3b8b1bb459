// Loaded on the first export click only (dynamic import), so export code costs nothing up front.
import { composeSvg, computedVars, readParts } from './compose-svg'
import { toCsv, type CsvTable } from './csv'

/** Export formats offered on every chart. */
export type ExportFormat = 'png' | 'svg' | 'csv'

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Draws the SVG text onto a 2× canvas (sharp on projectors and slides) and returns a PNG blob. */
async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth * scale
    canvas.height = img.naturalHeight * scale
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('canvas 2D is not available')
    ctx.scale(scale, scale)
    ctx.drawImage(img, 0, 0)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Exports the rendered chart in `figure` as a file named `<fileName>.<format>`. */
export async function runExport(format: ExportFormat, figure: HTMLElement, fileName: string, csv: () => CsvTable): Promise<void> {
  if (format === 'csv') return download(new Blob([toCsv(csv())], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`)
  const svg = composeSvg(readParts(figure), computedVars(figure))
  if (format === 'svg') return download(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`)
  download(await svgToPng(svg), `${fileName}.png`)
}
