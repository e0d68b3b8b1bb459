import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { EMPTY_CONTEXT, type StudyContext } from '../../domain/resistance-pairs'

const Ctx = createContext<StudyContext>(EMPTY_CONTEXT)

/** Hands the models and conditions of the studies on screen to every figure below (resistance pairs read them). */
export function StudyContextProvider({ studies, children }: { studies: readonly (StudyContext | undefined)[]; children: ReactNode }) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the list is rebuilt each render; its members are stable query data
  const value = useMemo(() => mergeContexts(studies), studies)
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

/** The models and conditions of the studies on screen. */
export const useStudyContext = () => useContext(Ctx)

function mergeContexts(studies: readonly (StudyContext | undefined)[]): StudyContext {
  const present = studies.filter((s): s is StudyContext => !!s)
  if (present.length === 1) return present[0]!
  return { models: present.flatMap((s) => s.models), conditions: present.flatMap((s) => s.conditions) }
}
