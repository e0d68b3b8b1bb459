import { useState, type DragEvent } from 'react'
import { checkImport, useImportedStudyActions, type IdClash } from '../../api/import-study'
import { ImportStorageError } from '../../api/imported-studies'
import type { ImportCheck, Rename } from '../../api/check-files'
import type { ImportProblem } from '../../domain/journal/problems'
import { StudyId } from '../../domain/schema/provenance'
import { ProblemList } from './ProblemList'

type Checked = Extract<ImportCheck, { ok: true }>
type State =
  | { step: 'idle' }
  | { step: 'checking'; what: string }
  | { step: 'problems'; what: string; problems: ImportProblem[] }
  | { step: 'clash'; what: string; files: readonly File[]; fileId: string; checked: Checked; clash: Exclude<IdClash, null> }
  | { step: 'saved'; id: string }
  | { step: 'failed'; message: string }

const describeFiles = (files: readonly File[]) => (files.length === 1 ? files[0]!.name : `${files.length} files`)

/** Open or drop a bundle (or a study folder's five files): checked off the page's thread, stored only when clean. */
export function ImportPanel() {
  const [state, setState] = useState<State>({ step: 'idle' })
  const [newId, setNewId] = useState('')
  const actions = useImportedStudyActions()

  const save = async (checked: Checked) => {
    try {
      await actions.save(checked)
      setState({ step: 'saved', id: checked.entry.id })
    } catch (e) {
      setState({ step: 'failed', message: e instanceof ImportStorageError ? e.message : `The study was not saved: ${(e as Error).message}` })
    }
  }

  const check = async (files: readonly File[], what = describeFiles(files), rename?: Rename) => {
    if (!files.length) return
    setState({ step: 'checking', what })
    try {
      const { check, clash } = await checkImport(files, rename)
      if (!check.ok) setState({ step: 'problems', what, problems: check.problems })
      else if (clash) {
        setNewId('')
        setState({ step: 'clash', what, files, fileId: rename?.from ?? check.entry.id, checked: check, clash })
      } else await save(check)
    } catch (e) {
      setState({ step: 'failed', message: `The file could not be checked: ${(e as Error).message}` })
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    void check([...e.dataTransfer.files])
  }

  return (
    <section aria-labelledby="import-h" className="journal-section">
      <h2 id="import-h">Import a study</h2>
      <p>
        A bundle is one JSON file holding a study&apos;s study, evidence, series, phenotypes and pathway (the format in{' '}
        <code>mock-data/schema/bundle.schema.json</code>); a study folder holds the same as five files. The file is read and checked in this browser and kept
        here; nothing is uploaded.
      </p>
      <div className="journal-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <label>
          Bundle file, or the five study files{' '}
          <input type="file" accept=".json,application/json" multiple onChange={(e) => void check([...(e.target.files ?? [])])} />
        </label>
        <label>
          Study folder{' '}
          <input type="file" {...{ webkitdirectory: '' }} onChange={(e) => void check([...(e.target.files ?? [])].filter((f) => f.name.endsWith('.json')))} />
        </label>
        <p className="journal-drop__hint">…or drop the files here.</p>
      </div>
      <div aria-live="polite">
        {state.step === 'checking' && <p role="status">Checking {state.what}…</p>}
        {state.step === 'saved' && (
          <p role="status">
            Imported <strong>{state.id}</strong>. It is on the Overview, badged &quot;imported&quot;.
          </p>
        )}
      </div>
      {state.step === 'problems' && <ProblemList what={state.what} problems={state.problems} />}
      {state.step === 'failed' && (
        <p role="alert" className="panel-error">
          {state.message}
        </p>
      )}
      {state.step === 'clash' && (
        <ClashChoice
          state={state}
          newId={newId}
          onNewId={setNewId}
          onRename={() => void check(state.files, `${state.what} as ${newId}`, { from: state.fileId, to: newId })}
          onReplace={() => void save(state.checked)}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </section>
  )
}

/** Props of ClashChoice. */
interface ClashProps {
  state: Extract<State, { step: 'clash' }>
  newId: string
  onNewId: (id: string) => void
  onRename: () => void
  onReplace: () => void
  onCancel: () => void
}

/** The study id is taken: rename the incoming study, or replace the imported one of that id (a built-in one cannot be replaced). */
function ClashChoice({ state, newId, onNewId, onRename, onReplace, onCancel }: ClashProps) {
  const id = state.checked.entry.id
  const valid = StudyId.safeParse(newId).success && newId !== id
  return (
    <div role="alert" className="panel-error journal-clash">
      <p className="panel-error__title">
        {state.clash === 'built-in' ? `A built-in study already has the id ${id}.` : `You already imported a study with the id ${id}.`} Nothing was stored yet.
      </p>
      <label>
        New id for the incoming study{' '}
        <input value={newId} onChange={(e) => onNewId(e.target.value.trim())} placeholder={`${id.replace(/[a-z]?$/, '')}b`} aria-describedby="new-id-help" />
      </label>
      <p id="new-id-help">An author and a year, e.g. smith2024b: lower-case letters, digits and hyphens with four digits of year.</p>
      <button type="button" disabled={!valid} onClick={onRename}>
        Import as {valid ? newId : 'the new id'}
      </button>
      {state.clash === 'imported' && (
        <button type="button" onClick={onReplace}>
          Replace the imported {id}
        </button>
      )}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
