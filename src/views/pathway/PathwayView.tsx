/** Pathway: diagrams with drug overlays (not built yet). */
export default function PathwayView() {
  return (
    <header className="view-head">
      <h1>Pathways</h1>
      <p className="placeholder">Not built yet. Each study will get a typed pathway diagram whose nodes dim or light up as drugs and conditions are toggled, plus a combined cross-study diagram.</p>
    </header>
  )
}
