import { useState } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { checkImport, useImportedStudyActions } from '../../api/import-study'
import { ImportStorageError } from '../../api/imported-studies'
import { canonicalJson } from '../../domain/journal/canonical-json'
import { buildBundle, emptyDraft, type Draft } from '../../domain/journal/draft'
import type { ImportProblem } from '../../domain/journal/problems'
import { AGENT_CLASSES } from '../../domain/schema/agent'
import { EDGE_TYPES, NODE_TYPES } from '../../domain/schema/pathway'
import { CAVEAT_KINDS, CONDITION_KINDS, MODEL_KINDS } from '../../domain/schema/study'
import { download } from '../../ui/export/download'
import { ProblemList } from './ProblemList'
import { RowsEditor } from './RowsEditor'
import { SeriesPaste } from './SeriesPaste'

const AGENT_KINDS = ['small-molecule', 'antibody', 'sirna', 'shrna', 'overexpression', 'ligand', 'other'] as const
const ACTIONS = ['inhibits', 'degrades', 'knocks-down', 'overexpresses', 'activates', 'induces', 'blocks-ligand'] as const

/** Props of StudyEditor. */
interface Props {
  onClose: () => void
}

/** The "New study" editor: writes the bundle format, checked by the same schemas and integrity rules as an import before it is saved or downloaded. */
export function StudyEditor({ onClose }: Props) {
  const [d, setD] = useState<Draft>(emptyDraft)
  const [problems, setProblems] = useState<ImportProblem[]>([])
  const [status, setStatus] = useState('')
  const catalogue = useCatalogue()
  const actions = useImportedStudyActions()
  const up = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }))
  const allAgents = [...d.agents, ...d.newAgents.map((a) => a.id ?? '').filter(Boolean)]

  const checked = async () => {
    const file = new File([canonicalJson(buildBundle(d))], `${d.id || 'new-study'}.json`, { type: 'application/json' })
    const { check, clash } = await checkImport([file])
    setProblems(check.ok ? [] : check.problems)
    return check.ok ? { check, clash, file } : null
  }
  const onSave = async () => {
    setStatus('Checking…')
    const r = await checked()
    if (!r) return setStatus('')
    if (r.clash) return setStatus(`The id ${d.id} is taken by ${r.clash === 'built-in' ? 'a built-in' : 'an imported'} study; choose another id.`)
    try {
      await actions.save(r.check)
      setStatus(`Saved ${d.id} in this browser; it is on the Overview.`)
    } catch (e) {
      setStatus(e instanceof ImportStorageError ? e.message : `Not saved: ${(e as Error).message}`)
    }
  }
  const onDownload = async () => {
    setStatus('Checking…')
    const r = await checked()
    if (!r) return setStatus('')
    download(r.file, r.file.name)
    setStatus(`Downloaded ${r.file.name}.`)
  }
  const text = (key: 'id' | 'title' | 'journal' | 'year' | 'doi' | 'cancer' | 'mechanism', label: string) => (
    <label>
      {label} <input type="text" value={d[key]} onChange={(e) => up({ [key]: e.target.value })} />
    </label>
  )
  const multi = (key: 'agents' | 'drugsResisted', label: string, options: { id: string; name: string }[]) => (
    <label>
      {label}
      <select
        multiple
        size={Math.min(8, Math.max(2, options.length))}
        value={d[key]}
        onChange={(e) => up({ [key]: [...e.target.selectedOptions].map((o) => o.value) })}
      >
        {options.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.id})
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <form className="journal-editor" aria-label="New study" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Citation</legend>
        {text('id', 'Study id (author and year, e.g. smith2024)')}
        <label>
          Authors (one per line)
          <textarea value={d.authors} onChange={(e) => up({ authors: e.target.value })} />
        </label>
        {text('title', 'Title')}
        {text('journal', 'Journal')}
        {text('year', 'Year')}
        {text('doi', 'DOI (optional)')}
      </fieldset>
      <fieldset>
        <legend>The study in brief</legend>
        {text('cancer', 'Cancer')}
        {text('mechanism', 'Mechanism in one line')}
        <label>
          Summary (a paragraph in your own words)
          <textarea value={d.summary} onChange={(e) => up({ summary: e.target.value })} />
        </label>
        <label>
          Text{' '}
          <select value={d.textKind} onChange={(e) => up({ textKind: e.target.value as Draft['textKind'] })}>
            <option value="full-text">full text</option>
            <option value="abstract">abstract only</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Agents</legend>
        {multi(
          'agents',
          'From the shared catalogue',
          (catalogue.data ?? []).map((a) => ({ id: a.id, name: a.name })),
        )}
        <RowsEditor
          legend="New agents (not in the catalogue)"
          noun="new agent"
          rows={d.newAgents}
          onChange={(newAgents) => up({ newAgents })}
          fields={[
            { key: 'id', label: 'Id' },
            { key: 'name', label: 'Name' },
            { key: 'class', label: 'Class', options: AGENT_CLASSES },
            { key: 'kind', label: 'Kind', options: AGENT_KINDS },
            { key: 'targets', label: 'Targets (comma-separated)' },
            { key: 'action', label: 'Action', options: ACTIONS },
          ]}
        />
        {multi(
          'drugsResisted',
          'Drugs the cancer resists',
          allAgents.map((id) => ({ id, name: catalogue.data?.find((a) => a.id === id)?.name ?? id })),
        )}
      </fieldset>
      <RowsEditor
        legend="Models"
        noun="model"
        rows={d.models}
        onChange={(models) => up({ models })}
        fields={[
          { key: 'id', label: 'Id' },
          { key: 'name', label: 'Name' },
          { key: 'kind', label: 'Kind', options: MODEL_KINDS },
          { key: 'description', label: 'Description' },
          { key: 'parent', label: 'Parent model id (optional)' },
        ]}
      />
      <RowsEditor
        legend="Conditions"
        noun="condition"
        rows={d.conditions}
        onChange={(conditions) => up({ conditions })}
        fields={[
          { key: 'id', label: 'Id' },
          { key: 'label', label: 'Label' },
          { key: 'kind', label: 'Kind', options: CONDITION_KINDS },
          { key: 'description', label: 'Description' },
        ]}
      />
      <RowsEditor
        legend="Claims"
        noun="claim"
        rows={d.claims}
        onChange={(claims) => up({ claims })}
        fields={[
          { key: 'id', label: 'Id' },
          { key: 'title', label: 'Title' },
          { key: 'text', label: 'Text' },
          { key: 'notes', label: 'Speaker notes (optional)' },
        ]}
      />
      <RowsEditor
        legend="Caveats"
        noun="caveat"
        rows={d.caveats}
        onChange={(caveats) => up({ caveats })}
        fields={[
          { key: 'id', label: 'Id' },
          { key: 'kind', label: 'Kind', options: CAVEAT_KINDS },
          { key: 'title', label: 'Title' },
          { key: 'text', label: 'Text' },
          { key: 'locations', label: 'Locations (separated by ;)' },
        ]}
      />
      <RowsEditor
        legend="Pathway nodes"
        noun="node"
        rows={d.nodes}
        onChange={(nodes) => up({ nodes })}
        fields={[
          { key: 'id', label: 'Id' },
          { key: 'label', label: 'Label' },
          { key: 'type', label: 'Type', options: NODE_TYPES },
          { key: 'symbol', label: 'Gene symbol (optional)' },
        ]}
      />
      <RowsEditor
        legend="Pathway edges"
        noun="edge"
        rows={d.edges}
        onChange={(edges) => up({ edges })}
        fields={[
          { key: 'id', label: 'Id' },
          { key: 'from', label: 'From node' },
          { key: 'to', label: 'To node' },
          { key: 'type', label: 'Type', options: EDGE_TYPES },
        ]}
      />
      <fieldset>
        <legend>Series</legend>
        <ul>
          {d.series.map((s, i) => (
            <li key={i}>
              {s.id}: {s.title} ({s.rows.length} values){' '}
              <button type="button" onClick={() => up({ series: d.series.filter((_, j) => j !== i) })}>
                Remove series {s.id}
              </button>
            </li>
          ))}
        </ul>
        <label>
          Digitising tool (for rows marked digitized){' '}
          <input type="text" value={d.digitisation.tool} onChange={(e) => up({ digitisation: { ...d.digitisation, tool: e.target.value } })} />
        </label>
        <label>
          Date digitised <input type="date" value={d.digitisation.date} onChange={(e) => up({ digitisation: { ...d.digitisation, date: e.target.value } })} />
        </label>
        <SeriesPaste models={d.models.map((m) => m.id ?? '').filter(Boolean)} onAdd={(s) => up({ series: [...d.series, s] })} />
      </fieldset>
      <p className="journal-actions">
        <button type="button" onClick={() => void onSave()}>
          Check and save in this browser
        </button>
        <button type="button" onClick={() => void onDownload()}>
          Check and download the bundle file
        </button>
        <button type="button" onClick={onClose}>
          Close the editor
        </button>
      </p>
      <p role="status">{status}</p>
      {problems.length > 0 && <ProblemList what="The new study" problems={problems} />}
    </form>
  )
}
