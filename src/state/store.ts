import { create } from 'zustand'
import type { CompareKey } from '../domain/compare'
import type { AgentId, ConditionId } from '../domain/schema/ids'
import { DEFAULT_VIEW, type Theme, type ViewState } from './view-state'

/** The store: the URL-backed view plus notices about what the URL could not express. */
export interface ViewStore extends ViewState {
  notices: string[]
  toggleDrug: (id: AgentId) => void
  setDrugs: (ids: AgentId[]) => void
  toggleCondition: (id: ConditionId) => void
  setConditions: (ids: ConditionId[]) => void
  setHideIllustrative: (hide: boolean) => void
  setTheme: (theme: Theme) => void
  setCompare: (keys: CompareKey[]) => void
  setSlide: (n: number) => void
  setPredict: (on: boolean) => void
  replaceView: (view: ViewState) => void
  addNotices: (notices: string[]) => void
  dismissNotices: () => void
}

const toggle = <T extends string>(xs: T[], x: T) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x])

/** Zustand holds client state only; server data lives in TanStack Query. */
export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  notices: [],
  toggleDrug: (id) => set((s) => ({ drugs: toggle(s.drugs, id) })),
  setDrugs: (drugs) => set({ drugs }),
  toggleCondition: (id) => set((s) => ({ conditions: toggle(s.conditions, id) })),
  setConditions: (conditions) => set({ conditions }),
  setHideIllustrative: (hideIllustrative) => set({ hideIllustrative }),
  setTheme: (theme) => set({ theme }),
  setCompare: (compare) => set({ compare }),
  setSlide: (slide) => set({ slide }),
  setPredict: (predict) => set({ predict }),
  replaceView: (view) => set(view),
  addNotices: (notices) => set((s) => ({ notices: [...s.notices, ...notices] })),
  dismissNotices: () => set({ notices: [] }),
}))

/** The URL-backed part of the store. */
export function pickView(s: ViewStore): ViewState {
  const { drugs, conditions, hideIllustrative, theme, compare, slide, predict } = s
  return { drugs, conditions, hideIllustrative, theme, compare, slide, ...(predict ? { predict } : {}) }
}
