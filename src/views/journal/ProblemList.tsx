import type { ImportProblem } from '../../domain/journal/problems'

/** Props of ProblemList. */
interface Props {
  /** What was being imported, e.g. the file name. */
  what: string
  problems: readonly ImportProblem[]
}

// Thousands of problems would only bury the first ones; the count says how many more there are.
const SHOWN = 300

/** Why an import was refused: every problem with its exact path and a fix. All text renders as text, never as HTML. */
export function ProblemList({ what, problems }: Props) {
  return (
    <div role="alert" className="panel-error journal-problems">
      <p className="panel-error__title">
        {what} was not imported: {problems.length} problem{problems.length === 1 ? '' : 's'}. Nothing was stored, and your file is unchanged.
      </p>
      <ol>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message} <strong>Fix:</strong> {p.fix}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more of the same kinds; fix these and check again.</p>}
    </div>
  )
}
