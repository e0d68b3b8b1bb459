import { useEffect } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { useViewStore } from '../../state/store'

/** How many unknown ids the notice names before it only counts the rest. */
const NAMED = 3

/** Once the catalogue is known, drops drug ids from the URL that name no agent, with one short notice. */
export function DropUnknownIds() {
  const { data } = useCatalogue()
  const drugs = useViewStore((s) => s.drugs)
  useEffect(() => {
    if (!data) return
    const known = new Set(data.map((a) => a.id))
    const unknown = drugs.filter((d) => !known.has(d))
    if (!unknown.length) return
    const s = useViewStore.getState()
    s.setDrugs(drugs.filter((d) => known.has(d)))
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
  }, [data, drugs])
  return null
}
