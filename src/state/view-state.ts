import type { CompareKey } from '../domain/compare'
import type { AgentId, ConditionId } from '../domain/schema/ids'

/** Light or dark; the projector usually wants light, a dim room dark. */
export type Theme = 'light' | 'dark'

/** Everything that defines a view and lives in the URL. */
export interface ViewState {
  /** Agent ids switched on. */
  drugs: AgentId[]
  /** Condition ids switched on ([] = all conditions shown). */
  conditions: ConditionId[]
  /** Hide every illustrative series app-wide. */
  hideIllustrative: boolean
  theme: Theme
  /** Compare selections as objects; only the URL codec reads and writes them as "study:series:group". */
  compare: CompareKey[]
  /** Present mode: 1-based slide number. */
  slide: number
  /** Present mode: claim slides ask the room first and reveal the data on the next key. Optional so older literals stay valid. */
  predict?: boolean | undefined
}

export const DEFAULT_VIEW: ViewState = {
  drugs: [],
  conditions: [],
  hideIllustrative: false,
  theme: 'light',
  compare: [],
  slide: 1,
}
