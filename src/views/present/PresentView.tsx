/** Present: a study as slides (not built yet). */
export default function PresentView() {
  return (
    <header className="view-head">
      <h1>Present</h1>
      <p className="placeholder">Not built yet. Present mode will turn a study into keyboard-driven slides with speaker notes, one per key claim.</p>
    </header>
  )
}
