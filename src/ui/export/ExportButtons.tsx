import { useState } from 'react'
import type { FigureDoc } from './figure-doc'
import type { ImageFormat } from './run'

/** Props of ExportButtons. */
export interface ExportButtonsProps {
  /** The figure's text, built from its view model at click time. */
  doc: () => FigureDoc
  /** The plot SVGs to place in the file, and the element whose theme they follow. */
  plots: () => { svgs: SVGSVGElement[]; within: Element } | null
  fileName: string
  /** Extra formats (CSV for charts), run on click. */
  extra?: { label: string; run: () => void | Promise<void> }[]
  disabled?: boolean
}

const IMAGES: ImageFormat[] = ['png', 'svg']

/** PNG / SVG (and any extra) buttons shared by charts and pathways; failures are told, never swallowed. */
export function ExportButtons({ doc, plots, fileName, extra = [], disabled = false }: ExportButtonsProps) {
  const [error, setError] = useState<string | null>(null)
  const guard = async (what: string, run: () => void | Promise<void>) => {
    setError(null)
    try {
      await run()
    } catch (e) {
      setError(`${what} export failed: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  const image = (f: ImageFormat) =>
    guard(f.toUpperCase(), async () => {
      const p = plots()
      if (!p) throw new Error('the figure is not drawn yet')
      const { exportImage } = await import('./run')
      await exportImage(f, doc(), p.svgs, p.within, fileName)
    })
  return (
    <span role="group" aria-label="Export" className="chart__export">
      {IMAGES.map((f) => (
        <button key={f} type="button" disabled={disabled} title={`Download as ${f.toUpperCase()}`} onClick={() => void image(f)}>
          {f.toUpperCase()}
        </button>
      ))}
      {extra.map((x) => (
        <button key={x.label} type="button" disabled={disabled} title={`Download as ${x.label}`} onClick={() => void guard(x.label, x.run)}>
          {x.label}
        </button>
      ))}
      {error && (
        <span role="alert" className="chart__export-error">
          {error}
        </span>
      )}
    </span>
  )
}
