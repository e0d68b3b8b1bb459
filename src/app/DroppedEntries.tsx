import { useQuery } from '@tanstack/react-query'
import { catalogueQueryOptions } from '../api/catalogue'
import { phenotypeIndexQueryOptions } from '../api/phenotype-index'
import { studiesQueryOptions } from '../api/studies'

const SHOWN = 3

// Observers only (enabled: false): the views that need a list fetch it; this just reads what they got.
const useDropped = () => {
  const studies = useQuery({ ...studiesQueryOptions(), enabled: false, select: (d) => d.dropped })
  const catalogue = useQuery({ ...catalogueQueryOptions(), enabled: false, select: (d) => d.dropped })
  const phenotypes = useQuery({ ...phenotypeIndexQueryOptions(), enabled: false, select: (d) => d.dropped })
  return [
    ['studies.json', studies.data ?? []],
    ['catalogue.json', catalogue.data ?? []],
    ['phenotypes.json', phenotypes.data ?? []],
  ] as const
}

/** Names the entries of an index document that failed validation and were left out, so the rest still shows. */
export function DroppedEntries() {
  const lists = useDropped().filter(([, d]) => d.length > 0)
  if (!lists.length) return null
  return (
    <div role="status" className="notice">
      <ul>
        {lists.map(([file, dropped]) => (
          <li key={file}>
            {dropped.length.toLocaleString('en')} invalid {dropped.length === 1 ? 'entry' : 'entries'} of {file} left out: {dropped.slice(0, SHOWN).join('; ')}
            {dropped.length > SHOWN ? `; and ${(dropped.length - SHOWN).toLocaleString('en')} more` : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}
