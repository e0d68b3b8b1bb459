import type { Action } from '../../state/actions'

/** The on-screen key list, generated from the registered present actions. */
export function KeyHelp({ actions, onClose }: { actions: readonly Action[]; onClose: () => void }) {
  return (
    <section className="key-help" aria-labelledby="key-help-h">
      <h2 id="key-help-h">Keys</h2>
      <dl>
        {actions.map((a) => (
          <div key={a.id} className="key-help__row">
            <dt>
              <kbd>{a.keyLabel ?? a.shortcut?.toUpperCase()}</kbd>
            </dt>
            <dd>{a.label}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close keys
      </button>
    </section>
  )
}
