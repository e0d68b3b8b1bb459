import type { ReactNode } from 'react'

/** Props of HiddenFigure. */
interface Props {
  title: string
  source: string
  /** Why nothing is drawn, in plain words. */
  reason: ReactNode
}

/** Stands in for a chart when nothing is left to draw, saying why, so no figure disappears silently. */
export function HiddenFigure({ title, source, reason }: Props) {
  return (
    <section className="chart__hidden" aria-label={title}>
      <h3>{title}</h3>
      <p>{reason}</p>
      <p className="chart__source">Source: {source}</p>
    </section>
  )
}
