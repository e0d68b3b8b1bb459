import { useEffect, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useCatalogue } from '../../api/catalogue'
import { useViewStore } from '../../state/store'

/** How many unknown ids the notice names before it only counts the rest. */
const NAMED = 3

/** Once the catalogue is known, drops drug ids from the URL that name no agent, with one short notice. */
export function DropUnknownIds() {
  const { data } = useCatalogue()
  const known = useMemo(() => data && new Set<string>(data.map((a) => a.id)), [data])
  // Only the unknown ids (almost always none): a toggle of a known drug renders nothing here.
  const unknown = useViewStore(useShallow((s) => (known ? s.drugs.filter((d) => !known.has(d)) : [])))
  useEffect(() => {
    if (!known || !unknown.length) return
    const s = useViewStore.getState()
    s.setDrugs(s.drugs.filter((d) => known.has(d)))
    const named = unknown
      .slice(0, NAMED)
      .map((u) => `"${u.slice(0, 40)}"`)
      .join(', ')
    const rest = unknown.length > NAMED ? ` and ${(unknown.length - NAMED).toLocaleString('en')} more` : ''
    s.addNotices([
      unknown.length === 1
        ? `Ignored unknown drug id ${named} from the link.`
        : `Ignored ${unknown.length.toLocaleString('en')} unknown drug ids from the link: ${named}${rest}.`,
    ])
  }, [known, unknown])
  return null
}
