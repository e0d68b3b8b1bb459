import { createContext, useContext, type ReactNode } from 'react'
import type { Selection } from '../../domain/selection'

const Ctx = createContext<Selection | null>(null)

/**
 * Draws the figures and pathway below with a fixed selection instead of the store's toggles: a printed
 * slide, a slide preview or a slide exported as an image shows its own step state, not the live one.
 */
export function SelectionOverride({ selection, children }: { selection: Selection | null; children: ReactNode }) {
  return <Ctx.Provider value={selection}>{children}</Ctx.Provider>
}

/** The fixed selection set by SelectionOverride, or null to follow the store. */
export const useSelectionOverride = () => useContext(Ctx)
