import { memo, useCallback, useMemo, useState } from 'react'
import { countCalls, CALL_LABEL, type MatrixSlice, type PhenotypeMatrix as Matrix } from '../../domain/phenotype-matrix'
import { CALLS } from '../../domain/schema/phenotype'
import { CallLegend } from './CallLegend'
import { CellEvidence } from './CellEvidence'
import { MatrixTable, type OpenCell } from './MatrixTable'

/** Props of PhenotypeMatrix. */
interface Props {
  matrix: Matrix
  slice: MatrixSlice
  /** True while a newer filter is still being applied (the table shows the previous one). */
  stale: boolean
  /** True when only re-sensitised calls are shown. */
  resensitisedOnly: boolean
  /** Shows only re-sensitised calls (true) or every call again (false). */
  onResensitisedOnly: (on: boolean) => void
}

/** Summary line, key, the table, and the evidence of the opened cell. */
export const PhenotypeMatrix = memo(function PhenotypeMatrix({ matrix, slice, stale, resensitisedOnly, onResensitisedOnly }: Props) {
  const [open, setOpen] = useState<OpenCell | null>(null)
  const onOpen = useCallback((c: OpenCell) => setOpen((o) => (o?.row === c.row && o.column === c.column ? null : c)), [])
  const counts = useMemo(() => countCalls(matrix, slice), [matrix, slice])
  const row = open && matrix.rows.find((r) => r.key === open.row)
  const column = open && matrix.columns.find((c) => c.key === open.column)
  const cell = open && matrix.cells.get(open.row)?.get(open.column)
  return (
    <div className={stale ? 'pm is-stale' : 'pm'}>
      <p className="pm-summary" aria-live="polite">
        {slice.rows.length} of {matrix.rows.length} model × condition rows, {slice.columns.length} of {matrix.columns.length} agents and combinations:{' '}
        {CALLS.map((c) => `${counts[c]} ${CALL_LABEL[c]}`).join(', ')}.{' '}
        {(resensitisedOnly || counts.resensitised > 0) && (
          <button type="button" className="ov-chip" aria-pressed={resensitisedOnly} onClick={() => onResensitisedOnly(!resensitisedOnly)}>
            Only re-sensitised ({counts.resensitised})
          </button>
        )}
      </p>
      <CallLegend />
      {slice.rows.length === 0 ? (
        <p className="placeholder">Nothing matches these filters.</p>
      ) : (
        <MatrixTable matrix={matrix} slice={slice} open={open} onOpen={onOpen} />
      )}
      {row && column && cell && <CellEvidence row={row} column={column} cell={cell} onClose={() => setOpen(null)} />}
    </div>
  )
})
