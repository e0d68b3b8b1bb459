import type { ReactNode } from 'react'

/** Props of HiddenFigure. */
interface Props {
  title: string
  source: string
  /** Why nothing is drawn, in plain words. */
  reason: ReactNode
}

/**
 * Stands in for a chart when nothing is left to draw: one line with the title, why, and the source,
 * so no figure disappears silently and an emptied page does not fill with placeholder cards.
 */
export function HiddenFigure({ title, source, reason }: Props) {
  return (
    <section className="chart__hidden" aria-label={title}>
      <p title={typeof reason === 'string' ? `${title}: ${reason} (${source})` : undefined}>
        <strong className="chart__hidden-title">{title}</strong> <span className="chart__hidden-reason">— {reason}</span>{' '}
        <span className="chart__source">({source})</span>
      </p>
    </section>
  )
}
