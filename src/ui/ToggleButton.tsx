/** Props of ToggleButton. */
interface Props {
  label: string
  pressed: boolean
  onToggle: () => void
  /** Shown after the label, e.g. a keyboard shortcut. */
  hint?: string
  disabled?: boolean
  /** Why it is disabled, read by screen readers and shown on hover. */
  reason?: string
}

/** An on/off button with aria-pressed: the one control every toggle uses. */
export function ToggleButton({ label, pressed, onToggle, hint, disabled, reason }: Props) {
  return (
    <button type="button" className="toggle" aria-pressed={pressed} onClick={onToggle} disabled={disabled} title={reason}>
      <span className="toggle__mark" aria-hidden="true">
        {pressed ? '●' : '○'}
      </span>
      {label}
      {hint && (
        <kbd className="toggle__hint" aria-hidden="true">
          {hint}
        </kbd>
      )}
    </button>
  )
}
