import type { Claim } from '../../domain/schema/study'

/** The paper's claims in order. */
export function ClaimList({ claims }: { claims: readonly Claim[] }) {
  if (!claims.length) return null
  return (
    <section aria-labelledby="claims-h">
      <h2 id="claims-h">Key claims</h2>
      <ol className="claims">
        {claims.map((c) => (
          <li key={c.id}>
            <strong>{c.title}.</strong> {c.text}
          </li>
        ))}
      </ol>
    </section>
  )
}
