import { useState } from 'react'
import { Link } from 'wouter'
import { useImportedStudyActions } from '../../api/import-study'
import { exportImported, importedReadFailure, type ListedStudy } from '../../api/imported-studies'
import { useStudies } from '../../api/studies'
import { download } from '../../ui/export/download'
import { QueryPanel } from '../common/QueryPanel'

/** The studies imported into this browser: open, present, export as the bundle file, delete. */
export function ImportedList() {
  const studies = useStudies()
  return (
    <section aria-labelledby="imported-h" className="journal-section">
      <h2 id="imported-h">Your imported studies</h2>
      <QueryPanel label="Study list" query={studies}>
        {(list) => {
          const mine = list.filter((s: ListedStudy) => s.imported)
          const failure = importedReadFailure()
          if (failure)
            return (
              <p role="alert" className="panel-error">
                {failure}
              </p>
            )
          return mine.length ? (
            <ul className="journal-list">
              {mine.map((s) => (
                <ImportedItem key={s.id} study={s} />
              ))}
            </ul>
          ) : (
            <p>None yet. They stay in this browser until you delete them.</p>
          )
        }}
      </QueryPanel>
    </section>
  )
}

function ImportedItem({ study }: { study: ListedStudy }) {
  const actions = useImportedStudyActions()
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const onExport = async () => {
    const text = await exportImported(study.id)
    if (text === undefined) setError(`${study.id} is no longer stored in this browser.`)
    else download(new Blob([text], { type: 'application/json' }), `${study.id}.json`)
  }
  const onDelete = () =>
    actions.remove(study.id).catch((e: unknown) => setError(`${study.id} could not be deleted: ${e instanceof Error ? e.message : String(e)}`))
  return (
    <li aria-labelledby={`imp-${study.id}`}>
      <p id={`imp-${study.id}`}>
        <strong>{study.id}</strong>: {study.citation.title}
      </p>
      <p className="journal-actions">
        <Link href={`/study/${study.id}`}>Open {study.id}</Link> <Link href={`/present/${study.id}`}>Present {study.id}</Link>{' '}
        <button type="button" onClick={() => void onExport()}>
          Export {study.id}
        </button>{' '}
        {confirming ? (
          <>
            <button type="button" onClick={() => void onDelete()}>
              Yes, delete {study.id}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete {study.id}
          </button>
        )}
      </p>
      {error && <p role="alert">{error}</p>}
    </li>
  )
}
