import type { StudyMeta } from '../../domain/schema/study'

/** Citation with DOI in one compact block, so the story's first step shows on the first screen; summary and mechanism fold away. */
export function StudyHeader({ study }: { study: StudyMeta }) {
  const c = study.citation
  return (
    <header className="view-head study-head">
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
      <details className="study-head__about">
        <summary>About this study</summary>
        <p className="lede">{study.summary}</p>
        <p>
          <strong>Mechanism:</strong> {study.mechanism}
        </p>
      </details>
    </header>
  )
}
