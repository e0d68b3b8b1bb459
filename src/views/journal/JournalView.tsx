import { useState } from 'react'
import { ImportedList } from './ImportedList'
import { ImportPanel } from './ImportPanel'
import { StudyEditor } from './StudyEditor'
import './journal.css'

/** Journal club: bring your own paper as a bundle, or write one up here; either way it stays in this browser. */
export default function JournalView() {
  const [writing, setWriting] = useState(false)
  return (
    <>
      <header className="view-head">
        <h1>Journal club: your own paper</h1>
        <p className="lede">
          Import a study bundle, or write a new study up here. Imported studies appear on the Overview, in Compare, the matrix and Present, like the built-in
          ones, and can be exported to send to colleagues.
        </p>
      </header>
      <ImportPanel />
      <ImportedList />
      <section aria-labelledby="new-h" className="journal-section">
        <h2 id="new-h">New study</h2>
        {writing ? (
          <StudyEditor onClose={() => setWriting(false)} />
        ) : (
          <button type="button" onClick={() => setWriting(true)}>
            Start a new study from scratch
          </button>
        )}
      </section>
    </>
  )
}
