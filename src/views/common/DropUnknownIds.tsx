import { useEffect } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { useViewStore } from '../../state/store'

/** Once the catalogue is known, drops drug ids from the URL that name no agent, with a notice. */
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
    s.addNotices([`Ignored unknown drug id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} from the link.`])
  }, [data, drugs])
  return null
}
