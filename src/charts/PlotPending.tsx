/** Stands in for a big chart's plot until its turn to draw (see usePlotTurn): the same height, so nothing jumps. */
export function PlotPending({ height }: { height: number }) {
  return (
    <div role="status" style={{ height, display: 'grid', placeItems: 'center', color: 'var(--fg-muted)' }}>
      Drawing the chart…
    </div>
  )
}
