import type { StudyMeta } from '../../domain/schema/study'

/** Citation with DOI, summary and mechanism. */
export function StudyHeader({ study }: { study: StudyMeta }) {
  const c = study.citation
  return (
    <header className="view-head">
      <p className="card__kicker">{study.cancer}</p>
      <h1>{c.title}</h1>
      <p className="cite">
        {c.authors.join(', ').replace(/\.?$/, '.')} <i>{c.journal}</i> {c.year}
        {c.volume ? `;${c.volume}` : ''}
        {c.issue ? `(${c.issue})` : ''}
        {c.pages ? `:${c.pages}` : ''}.{' '}
        {c.doi && (
          <a href={`https://doi.org/${c.doi}`} rel="noreferrer noopener" target="_blank">
            doi:{c.doi}
          </a>
        )}
      </p>
      <p className="lede">{study.summary}</p>
      <p>
        <strong>Mechanism:</strong> {study.mechanism}
      </p>
    </header>
  )
}
