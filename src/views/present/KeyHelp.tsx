import type { ReactNode } from 'react'
import type { Action } from '../../state/actions'

/** Key and label of each registered action, as a definition list; `children` adds rows after them. */
export function KeyList({
  actions,
  className,
  children,
}: {
  actions: readonly Pick<Action, 'id' | 'label' | 'shortcut' | 'keyLabel'>[]
  className?: string
  children?: ReactNode
}) {
  return (
    <dl className={className}>
      {actions.map((a) => (
        <div key={a.id} className="key-help__row">
          <dt>
            <kbd>{a.keyLabel ?? a.shortcut?.toUpperCase()}</kbd>
          </dt>
          <dd>{a.label}</dd>
        </div>
      ))}
      {children}
    </dl>
  )
}

/** The on-screen key list, generated from the registered present actions. */
export function KeyHelp({ actions, onClose }: { actions: readonly Action[]; onClose: () => void }) {
  return (
    <section className="key-help" aria-labelledby="key-help-h">
      <h2 id="key-help-h">Keys</h2>
      <KeyList actions={actions} />
      <button type="button" onClick={onClose}>
        Close keys
      </button>
    </section>
  )
}
