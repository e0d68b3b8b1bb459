/** Compare: side-by-side selections on aligned axes (not built yet). */
export default function CompareView() {
  return (
    <header className="view-head">
      <h1>Compare</h1>
      <p className="placeholder">Not built yet. Compare will place chosen study, model, condition and drug combinations side by side on aligned axes (viability against log dose, tumour volume relative to day 0, survival).</p>
    </header>
  )
}
