import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { useStudies } from '../api/studies'

/** Props of KnownStudy. */
interface Props {
  id: string
  /** Where each listed study links to, e.g. "/study/" or "/present/". */
  linkBase: string
  children: ReactNode
}

/**
 * Renders a study's view only when the study list has that id; otherwise a "no such study" page
 * with links, instead of per-file 404 panels whose Retry could never succeed. While the list is
 * loading, or if it failed, the view renders and reports its own files.
 */
export function KnownStudy({ id, linkBase, children }: Props) {
  const studies = useStudies()
  if (!studies.data || studies.data.some((s) => s.id === id)) return children
  return (
    <>
      <h1>No such study</h1>
      <p role="alert">There is no study “{id.slice(0, 80)}”. Choose one of these:</p>
      <ul>
        {studies.data.map((s) => (
          <li key={s.id}>
            <Link href={`${linkBase}${s.id}`}>{s.id}</Link> — {s.citation.title}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/">Go to the overview</Link>
      </p>
    </>
  )
}
