import { useCallback, useMemo } from 'react'
import { NO_FILTER, type MatrixFilter } from '../../domain/phenotype-matrix'
import { CALLS, type Call } from '../../domain/schema/phenotype'
import { useSearchParam } from '../../state/view-params'

/** The Overview's URL state: the picked drug or node, and the search and filters of the matrix. */
export interface OverviewParams {
  pick: { drug: string; target: string }
  filter: MatrixFilter
  /** Picks a drug or a node (the other is cleared); a new history entry, so Back returns to the previous answer. */
  setPick: (pick: { drug?: string; target?: string }) => void
  setFilter: (patch: Partial<MatrixFilter>) => void
}

/** Reads and writes the Overview's parameters (drug, target, q, cancer, class, node, call, tested) in the URL. */
export function useOverviewParams(): OverviewParams {
  const [drug, setDrug] = useSearchParam('drug')
  const [target, setTarget] = useSearchParam('target')
  const [q, setQ] = useSearchParam('q')
  const [cancer, setCancer] = useSearchParam('cancer')
  const [cls, setCls] = useSearchParam('class')
  const [node, setNode] = useSearchParam('node')
  const [call, setCall] = useSearchParam('call')
  const [tested, setTested] = useSearchParam('tested')
  const filter = useMemo<MatrixFilter>(
    () => ({ ...NO_FILTER, query: q, cancer, drugClass: cls, node, call: CALLS.includes(call as Call) ? (call as Call) : '', testedOnly: tested !== 'all' }),
    [q, cancer, cls, node, call, tested],
  )
  const setPick = useCallback(
    (p: { drug?: string; target?: string }) => {
      // Both in one history entry: clear the other first (replace), then push the new one.
      if (p.drug !== undefined) {
        setTarget('')
        setDrug(p.drug, true)
      } else {
        setDrug('')
        setTarget(p.target ?? '', true)
      }
    },
    [setDrug, setTarget],
  )
  const setFilter = useCallback(
    (patch: Partial<MatrixFilter>) => {
      if (patch.query !== undefined) setQ(patch.query)
      if (patch.cancer !== undefined) setCancer(patch.cancer)
      if (patch.drugClass !== undefined) setCls(patch.drugClass)
      if (patch.node !== undefined) setNode(patch.node)
      if (patch.call !== undefined) setCall(patch.call)
      if (patch.testedOnly !== undefined) setTested(patch.testedOnly ? '' : 'all')
    },
    [setQ, setCancer, setCls, setNode, setCall, setTested],
  )
  // A stable object, so memoised children skip a render when only a filter changed.
  const pick = useMemo(() => ({ drug, target }), [drug, target])
  return { pick, filter, setPick, setFilter }
}
