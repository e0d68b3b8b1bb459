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

/** Labels longer than this (characters) may be cut by the CSS, so they also go into the tooltip. */
const LONG_LABEL = 40

/** An on/off button with aria-pressed: the one control every toggle uses. */
export function ToggleButton({ label, pressed, onToggle, hint, disabled, reason }: Props) {
  // A label cut short by CSS keeps its full text in the tooltip.
  const title = reason ?? (label.length > LONG_LABEL ? label : undefined)
  return (
    <button type="button" className="toggle" aria-pressed={pressed} onClick={onToggle} disabled={disabled} title={title}>
      <span className="toggle__mark" aria-hidden="true">
        {pressed ? '●' : '○'}
      </span>
      <span className="toggle__label">{label}</span>
      {hint && (
        <kbd className="toggle__hint" aria-hidden="true">
          {hint}
        </kbd>
      )}
    </button>
  )
}
