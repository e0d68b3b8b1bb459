import { CALL_LABEL, CALL_MARK } from '../../domain/phenotype-matrix'
import { CALLS } from '../../domain/schema/phenotype'

/** Key to the matrix: each call's colour and its letter, plus "not tested". */
export function CallLegend() {
  return (
    <ul className="pm-legend" aria-label="Key to the matrix">
      {CALLS.map((c) => (
        <li key={c}>
          <span className={`pm-mark pm-call--${c}`} aria-hidden="true">
            {CALL_MARK[c]}
          </span>{' '}
          {CALL_LABEL[c]}
        </li>
      ))}
      <li>
        <span className="pm-mark pm-call--none" aria-hidden="true">
          ·
        </span>{' '}
        not tested
      </li>
    </ul>
  )
}
