import type { Quantity } from './schema/provenance'

/** A number as the paper would print it: no float noise, up to `digits` decimals. */
export function num(x: number, digits = 2): string {
  return String(Math.round(x * 10 ** digits) / 10 ** digits)
}

/** A quantity as the paper printed it: `decimals` restores trailing zeros (3.0, not 3). */
export function asPrinted(q: Pick<Quantity, 'value' | 'decimals'>, x = q.value): string {
  return q.decimals === undefined ? num(x, 4) : x.toFixed(q.decimals)
}

/** e.g. "95% CI 0.50 to 2.25" */
export function ciText(q: Quantity): string | undefined {
  if (!q.ci) return undefined
  return `${Math.round(q.ci.level * 100)}% CI ${asPrinted(q, q.ci.lower)} to ${asPrinted(q, q.ci.upper)}`
}

/** "P = 0.0072", "P < 0.0001" */
export function pText(q: Pick<Quantity, 'p'>): string | undefined {
  return q.p ? `P ${q.p.relation} ${q.p.value}` : undefined
}

/** The value alone with its qualifier, as a range when the paper printed one: "2–3 days", "≥5 mm³", "≈3". */
export function valueText(q: Pick<Quantity, 'value' | 'decimals' | 'qualifier' | 'range' | 'unit'>): string {
  const unit = q.unit === 'ratio' ? '' : ` ${q.unit}`
  const v = q.range ? `${asPrinted(q, q.range.lower)}–${asPrinted(q, q.range.upper)}` : asPrinted(q)
  return `${q.qualifier ?? ''}${v}${unit}`
}

/** For a repaired misprint: the printed form and the curator's reading, e.g. 'printed "3 × 103"; read as 3000 (curator's reading: …)'. */
export function readingText(q: Pick<Quantity, 'value' | 'printed' | 'interpretation' | 'unit' | 'decimals'>): string | undefined {
  if (q.printed === undefined) return undefined
  if (!q.interpretation) return `printed "${q.printed}"`
  const unit = q.unit === 'ratio' ? '' : ` ${q.unit}`
  return `printed "${q.printed}"; read as ${asPrinted(q, q.interpretation.value)}${unit} (curator's reading: ${q.interpretation.reason})`
}

/** Value, spread, CI and P of a quantity in one line, e.g. "1.31, 95% CI 1.2 to 1.4, P < 0.0001". */
export function quantityText(q: Quantity): string {
  const parts = [readingText(q) ?? valueText(q)]
  if (q.spread) parts.push(`± ${asPrinted(q, q.spread.value)} (${q.spread.kind.toUpperCase()})`)
  const ci = ciText(q)
  if (ci) parts.push(ci)
  const p = pText(q)
  if (p) parts.push(p)
  return parts.join(', ')
}

/** "model; inputs: a, b" for a derived quantity's tooltip; undefined otherwise. */
export function derivationText(q: Pick<Quantity, 'derivation'>): string | undefined {
  return q.derivation ? `${q.derivation.model}; inputs: ${q.derivation.inputs.join(', ')}` : undefined
}
