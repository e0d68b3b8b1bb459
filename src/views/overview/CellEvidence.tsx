import { useEffect, useRef } from 'react'
import { Link } from 'wouter'
import { useStudyFile } from '../../api/study-files'
import { sameKey, withKey, type CompareKey } from '../../domain/compare'
import { groupsOf, isComparable, type Group } from '../../domain/series'
import { CALL_LABEL, CALL_MARK, type MatrixCell, type MatrixColumn, type MatrixRow } from '../../domain/phenotype-matrix'
import type { Series } from '../../domain/schema/series'
import type { AgentId } from '../../domain/schema/ids'
import { useViewStore } from '../../state/store'
import { useViewHref } from '../common/useViewHref'
import { EvidenceTable } from '../common/EvidenceTable'

/** Props of CellEvidence. */
interface Props {
  row: MatrixRow
  column: MatrixColumn
  cell: MatrixCell
  onClose: () => void
  /** Id of the heading; distinct when the answer and the matrix both show evidence. */
  headingId?: string
}

/** The group of a series that a phenotype row and column describe: same model, condition and agents if possible. */
function matchingGroup(series: Series, row: MatrixRow, agents: readonly AgentId[]): string | undefined {
  if (!isComparable(series)) return undefined
  const groups = groupsOf(series)
  const same = (g: Group) => g.agents.length === agents.length && agents.every((a) => g.agents.includes(a))
  const exact = groups.find((g) => g.model === row.model && (g.condition ?? undefined) === row.condition && same(g))
  const byModel = groups.find((g) => g.model === row.model && same(g)) ?? groups.find((g) => same(g))
  return (exact ?? byModel)?.id
}

/** One matrix cell opened: the call(s), the reported numbers behind them, where they are plotted, and links onward. */
export function CellEvidence({ row, column, cell, onClose, headingId = 'pm-evidence-h' }: Props) {
  const evidence = useStudyFile(row.study, 'evidence.json')
  const series = useStudyFile(row.study, 'series.json')
  const compare = useViewStore((s) => s.compare)
  const studyHref = useViewHref(`/study/${row.study}`)
  const compareHref = useViewHref('/compare')
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [row.key, column.key])
  const evidenceIds = new Set(cell.calls.flatMap((c) => c.evidence))
  const rows = evidence.data?.filter((e) => evidenceIds.has(e.id)) ?? []
  const seriesIds = new Set(cell.calls.flatMap((c) => c.series))
  const plotted = series.data?.filter((s) => seriesIds.has(s.id)) ?? []
  const add = (key: CompareKey) => {
    const s = useViewStore.getState()
    s.setCompare(withKey(s.compare, key))
  }
  return (
    <section className="pm-evidence" aria-labelledby={headingId}>
      <div className="pm-evidence__head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          Evidence: {row.modelName}
          {row.conditionName ? ` (${row.conditionName})` : ''} with {column.label}
        </h3>
        <button type="button" onClick={onClose}>
          Close evidence
        </button>
      </div>
      <p>
        <span className={`pm-mark pm-call--${cell.call}`} aria-hidden="true">
          {CALL_MARK[cell.call]}
        </span>{' '}
        <strong>{CALL_LABEL[cell.call]}</strong> in {row.study} ({row.cancer}). <Link href={studyHref}>Open the {row.study} study</Link>
      </p>
      <ul className="pm-evidence__calls">
        {cell.calls.map((c) => (
          <li key={c.id}>
            {CALL_LABEL[c.call]}
            {c.locator ? ` — ${c.locator}` : ''}
            {c.note ? `. ${c.note}` : ''}
            {c.reading ? `. Curator's reading: ${c.reading}` : ''}
          </li>
        ))}
      </ul>
      {evidence.isPending && <p role="status">Loading the numbers…</p>}
      {evidence.isError && (
        <p role="alert">
          The evidence table of {row.study} could not be loaded: {evidence.error.message}
        </p>
      )}
      {rows.length > 0 ? (
        // Wide tables scroll inside the panel, so a phone page never widens.
        <div className="pm-evidence__table" role="region" aria-label="Reported numbers behind this call, scrollable" tabIndex={0}>
          <EvidenceTable rows={rows} caption="Reported numbers behind this call" scrollable={false} />
        </div>
      ) : (
        evidence.isSuccess && (
          <p className="pm-evidence__none">
            No number in the evidence table backs this call; the study states it in words{cell.calls[0]?.locator ? ` (${cell.calls[0].locator})` : ''}.
          </p>
        )
      )}
      {plotted.length > 0 && (
        <>
          <h4>Plotted in</h4>
          <ul className="pm-evidence__series">
            {plotted.map((s) => {
              const group = matchingGroup(s, row, column.agents)
              const key = group ? { study: row.study, series: s.id, group } : null
              const added = !!key && compare.some((k) => sameKey(k, key))
              return (
                <li key={s.id}>
                  {s.title} <span className="pm-study">({s.source.locator})</span>{' '}
                  {key && (
                    <button type="button" onClick={() => add(key)} disabled={added} aria-label={`${added ? 'Added to compare' : 'Add to compare'}: ${s.title}`}>
                      {added ? 'Added to compare' : 'Add to compare'}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
          {compare.length > 0 && <Link href={compareHref}>Open Compare ({compare.length} selected)</Link>}
        </>
      )}
    </section>
  )
}
