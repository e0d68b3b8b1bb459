import { memo, useState, type ReactNode } from 'react'
import { Link } from 'wouter'
import { nodesAcross, type AnswerEntry, type Restoration, type StudyAnswer, type Subject } from '../../domain/drug-answer'
import { CALL_LABEL, CALL_MARK } from '../../domain/phenotype-matrix'
import type { Agent } from '../../domain/schema/agent'
import type { AgentId } from '../../domain/schema/ids'
import { useViewHref } from '../common/useViewHref'
import { CellEvidence } from './CellEvidence'

/** Props of DrugAnswer. */
interface Props {
  subject: Subject
  answers: readonly StudyAnswer[]
  agents: ReadonlyMap<AgentId, Agent>
  onPickNode: (symbol: string) => void
}

/** Studies drawn at first; hundreds of generated studies would otherwise bury the page. */
const FIRST_GROUPS = 6

const who = (e: AnswerEntry) => `${e.row.modelName}${e.row.conditionName ? ` · ${e.row.conditionName}` : ''}`

/** Adds the current view parameters to a study link: `/study/x?step=y&theme=dark#fig-6b`. */
function studyLink(viewQuery: string, study: string, opts: { step?: string | undefined; figure?: string | undefined }): string {
  const params = new URLSearchParams(viewQuery)
  if (opts.step) params.set('step', opts.step)
  const q = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')
  return `/study/${study}${q ? `?${q}` : ''}${opts.figure ? `#fig-${opts.figure}` : ''}`
}

/** The answer to "who resists it, where does it work, what restored it", one block per study. */
export const DrugAnswer = memo(function DrugAnswer({ subject, answers, agents, onPickNode }: Props) {
  const [all, setAll] = useState(false)
  const [open, setOpen] = useState<{ study: string; key: string } | null>(null)
  const viewQuery = useViewHref('')
  const shown = all ? answers : answers.slice(0, FIRST_GROUPS)
  const restoredCount = answers.reduce((n, a) => n + a.restored.length, 0)
  const nodes = nodesAcross(answers)
  // Names of a combination's other agents, so "Palbociclib + Everolimus" reads "+ Everolimus" under palbociclib.
  const others = (e: AnswerEntry) => e.column.agents.filter((a) => !subject.agents.has(a)).map((a) => agents.get(a)?.name ?? a)
  const entryKey = (e: AnswerEntry) => `${e.row.key}/${e.column.key}`
  const evidenceButton = (study: string, e: AnswerEntry, text: string) => (
    <button
      type="button"
      className="ov-chip"
      aria-expanded={open?.key === entryKey(e)}
      onClick={() => setOpen((o) => (o?.key === entryKey(e) ? null : { study, key: entryKey(e) }))}
    >
      {text}
    </button>
  )
  if (!answers.length)
    return (
      <p className="placeholder" role="status">
        No study tested {subject.label} on a model: it has no phenotype call yet.
      </p>
    )
  return (
    <section className="ov-answer" aria-labelledby="ov-answer-h">
      <h2 id="ov-answer-h" className="ov-answer__h">
        {subject.label}: tested in {answers.length} {answers.length === 1 ? 'study' : 'studies'}, sensitivity restored {restoredCount}{' '}
        {restoredCount === 1 ? 'time' : 'times'}
      </h2>
      <div className="ov-groups">
        {shown.map((a) => {
          const opened = open?.study === a.study ? [...a.restored, ...a.resists, ...a.works, ...a.partial].find((e) => entryKey(e) === open.key) : undefined
          return (
            <article key={a.study} className="ov-group" aria-labelledby={`ov-g-${a.study}`}>
              <h3 id={`ov-g-${a.study}`} className="ov-group__h">
                <Link href={studyLink(viewQuery, a.study, {})}>{a.study}</Link> <span className="pm-study">{a.cancer}</span>
              </h3>
              {a.restored.length > 0 && (
                <>
                  <h4 className="ov-label">What restored sensitivity ({a.restored.length})</h4>
                  <ul className="ov-restored">
                    {a.restored.map((r: Restoration) => (
                      <li key={entryKey(r)}>
                        <span className={`pm-mark pm-call--${r.cell.call}`} aria-hidden="true">
                          {CALL_MARK[r.cell.call]}
                        </span>{' '}
                        {/* Nothing added: the condition itself (a drug holiday) restored it, so it is named once, first. */}
                        <strong>{r.added.length ? `+ ${r.added.join(' + ')}` : (r.row.conditionName ?? 'the condition')}</strong> ·{' '}
                        {r.added.length ? who(r) : r.row.modelName}
                        {r.added.length > 0 && others(r).length > r.added.length
                          ? ` (with ${others(r)
                              .filter((n) => !r.added.includes(n))
                              .join(' + ')})`
                          : ''}
                        <span className="visually-hidden">: {CALL_LABEL[r.cell.call]}.</span>{' '}
                        <span className="ov-links">
                          {r.step && <Link href={studyLink(viewQuery, a.study, { step: r.step.id })}>Step: {r.step.title}</Link>}
                          {r.figure && <Link href={studyLink(viewQuery, a.study, { figure: r.figure })}>Fig. {r.figure.toUpperCase()}</Link>}
                          {evidenceButton(a.study, r, 'Evidence')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <EntryList title="Resists it" entries={a.resists} render={(e) => evidenceButton(a.study, e, label(e, others(e)))} />
              <EntryList title="Works in" entries={a.works} render={(e) => evidenceButton(a.study, e, label(e, others(e)))} />
              <EntryList title="Partial or mixed" entries={a.partial} render={(e) => evidenceButton(a.study, e, label(e, others(e)))} />
              {opened && (
                <CellEvidence row={opened.row} column={opened.column} cell={opened.cell} onClose={() => setOpen(null)} headingId={`ov-ev-${a.study}`} />
              )}
            </article>
          )
        })}
      </div>
      {nodes.length > 0 && (
        <p className="ov-nodes">
          <span className="ov-label">Pathway nodes involved:</span>{' '}
          {nodes.map((n) => (
            <button key={n.symbol} type="button" className="ov-chip ov-chip--node" onClick={() => onPickNode(n.symbol)} aria-label={`Ask about ${n.label}`}>
              {n.label}{' '}
              <span className="pm-study">
                ({n.role === 'rescue' ? 'rescue, ' : ''}
                {n.studies.join(', ')})
              </span>
            </button>
          ))}
        </p>
      )}
      {answers.length > shown.length && (
        <button type="button" className="pm-more" onClick={() => setAll(true)}>
          Show all {answers.length} studies
        </button>
      )}
    </section>
  )
})

const label = (e: AnswerEntry, others: string[]) => `${who(e)}${others.length ? ` (+ ${others.join(' + ')})` : ''}`

/** A titled list of compact entries (model · condition), each opening its evidence. */
function EntryList({ title, entries, render }: { title: string; entries: readonly AnswerEntry[]; render: (e: AnswerEntry) => ReactNode }) {
  if (!entries.length) return null
  return (
    <>
      <h4 className="ov-label">
        {title} ({entries.length})
      </h4>
      <ul className="ov-chips">
        {entries.map((e) => (
          <li key={`${e.row.key}/${e.column.key}`}>{render(e)}</li>
        ))}
      </ul>
    </>
  )
}
