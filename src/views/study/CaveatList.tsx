import type { Caveat } from '../../domain/schema/study'

const KIND: Record<Caveat['kind'], string> = {
  inconsistency: 'Inconsistency',
  ambiguity: 'Ambiguity',
  'derived-vs-reported': 'Derived vs reported',
  limitation: 'Not shown by the paper',
}

/** Where the paper disagrees with itself, is ambiguous, or stops short. */
export function CaveatList({ caveats }: { caveats: readonly Caveat[] }) {
  if (!caveats.length) return null
  return (
    <section aria-labelledby="caveats-h">
      <h2 id="caveats-h">Caveats</h2>
      <ul className="caveats">
        {caveats.map((c) => (
          <li key={c.id} className={`caveat caveat--${c.kind}`}>
            <p className="caveat__kind">{KIND[c.kind]}</p>
            <p className="caveat__title">{c.title}</p>
            <p>{c.text}</p>
            <p className="caveat__where">Where: {c.locations.join(' · ')}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
