import { useDeferredValue } from 'react'
import type { Selection } from '../../domain/selection'

/**
 * What a step's figures or pathway draw: on screen, the selection given; leaving the screen, the one they drew
 * until after the paint (the rescue the reader had on, say), so the click does not redraw what it is hiding.
 */
export function useDrawnSelection(current: boolean, selection: Selection | null): Selection | null {
  const later = useDeferredValue(selection)
  return current ? selection : later
}
