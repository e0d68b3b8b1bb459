import { useEffect } from 'react'
import type { Agent } from '../../domain/schema/agent'
import type { StudySteps } from './useStudySteps'

/** Props of StepBar. */
interface Props {
  steps: StudySteps
  agents: ReadonlyMap<string, Pick<Agent, 'name'>>
}

/** Arrow keys step, except while typing or inside a widget that uses them. */
function wantsArrows(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    !!target.closest('[role="slider"],[role="tablist"],[role="listbox"],[role="menu"]')
  )
}

/** The step's number and title, Previous / Next (also ← →), and the rescue as a build: "Add everolimus". */
export function StepBar({ steps, agents }: Props) {
  const { steps: list, index, step, selections, phase, go, apply } = steps
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || wantsArrows(e.target)) return
      if (e.key === 'ArrowRight' && index < list.length - 1) go(index + 1)
      else if (e.key === 'ArrowLeft' && index > 0) go(index - 1)
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [index, list.length, go])
  if (!step || !selections) return <p className="placeholder">This study has no steps yet; use Customise below to choose drugs and conditions.</p>
  const name = (id: string) => agents.get(id)?.name ?? id
  return (
    <div className="step-bar">
      <div className="step-bar__nav">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label="Previous step" title="Previous step (←)">
          ←
        </button>
        <p className="step-bar__count" aria-live="polite">
          Step {index + 1} of {list.length}
        </p>
        <button type="button" onClick={() => go(index + 1)} disabled={index === list.length - 1} aria-label="Next step" title="Next step (→)">
          →
        </button>
      </div>
      <label className="step-bar__jump">
        <span className="visually-hidden">Jump to step</span>
        <select value={index} onChange={(e) => go(Number(e.currentTarget.value))}>
          {list.map((s, i) => (
            <option key={s.id} value={i}>
              {i + 1}. {s.title}
            </option>
          ))}
        </select>
      </label>
      <h2 id="step-title" className="step-bar__title">
        {step.title}
      </h2>
      <div className="step-bar__build">
        {selections.alternatives.length > 0 ? (
          <>
            <button type="button" aria-pressed={phase.kind === 'before'} onClick={() => apply(selections.before)}>
              {selections.before.drugs.length ? `${selections.before.drugs.map(name).join(' + ')} only` : 'No drug'}
            </button>
            {selections.alternatives.map((a) => (
              <button
                key={a.drug}
                type="button"
                className="step-bar__add"
                aria-pressed={phase.kind === 'after' && (phase.drug === a.drug || selections.alternatives.length === 1)}
                onClick={() => apply(a.selection)}
              >
                Add {name(a.drug)}
              </button>
            ))}
          </>
        ) : (
          phase.kind === 'custom' && (
            <button type="button" onClick={() => apply(selections.selection)}>
              Back to this step&apos;s drugs and conditions
            </button>
          )
        )}
        {phase.kind === 'custom' && selections.alternatives.length > 0 && <span className="step-bar__custom">Your own selection (see Customise)</span>}
      </div>
    </div>
  )
}
