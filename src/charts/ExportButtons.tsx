import { useState, type RefObject } from 'react'
import type { CsvTable } from './export/csv'
import type { ExportFormat } from './export/run'

/** Props of ExportButtons. */
interface Props {
  /** The rendered figure to export. */
  figure: RefObject<HTMLElement | null>
  fileName: string
  csv: () => CsvTable
}

const FORMATS: ExportFormat[] = ['png', 'svg', 'csv']

/** PNG / SVG / CSV buttons; the export code is fetched on first use. */
export function ExportButtons({ figure, fileName, csv }: Props) {
  const [error, setError] = useState<string | null>(null)
  const run = async (format: ExportFormat) => {
    setError(null)
    try {
      const { runExport } = await import('./export/run')
      if (figure.current) await runExport(format, figure.current, fileName, csv)
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  return (
    <span role="group" aria-label="Export" className="chart__export">
      {FORMATS.map((f) => (
        <button key={f} type="button" title={`Download as ${f.toUpperCase()}`} onClick={() => void run(f)}>
          {f.toUpperCase()}
        </button>
      ))}
      {error && (
        <span role="status" className="chart__export-error">
          {error}
        </span>
      )}
    </span>
  )
}
