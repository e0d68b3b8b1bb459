import type { Action } from '../../state/actions'
import { useViewStore } from '../../state/store'
import { ToggleButton } from '../../ui/ToggleButton'

/** A toggle button bound to a registered action. */
export function ActionToggle({ action, disabledReason }: { action: Action; disabledReason?: string }) {
  const pressed = useViewStore(action.isActive)
  return (
    <ToggleButton
      label={action.label}
      pressed={pressed}
      hint={action.shortcut?.toUpperCase()}
      disabled={!!disabledReason}
      reason={disabledReason}
      onToggle={() => action.perform(useViewStore.getState())}
    />
  )
}
