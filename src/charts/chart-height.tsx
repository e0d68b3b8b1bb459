import { createContext, useContext, type ReactNode } from 'react'

const Cap = createContext(Number.POSITIVE_INFINITY)

/** Caps the plot height of the charts below, e.g. so a step's key figure fits one projector screen beside the pathway. */
export function ChartHeightCap({ max, children }: { max: number; children: ReactNode }) {
  return <Cap.Provider value={max}>{children}</Cap.Provider>
}

/** A chart's plot height under the nearest cap (never below 240 px, where axes and labels stop fitting). */
export function useCappedHeight(height: number): number {
  const cap = useContext(Cap)
  return Math.min(height, Math.max(240, cap))
}
