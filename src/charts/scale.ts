// Axis helpers shared by the charts: readable log-dose ticks and round linear ticks.

/** Decade ticks 10^k covering [lo, hi]; every other decade when more than 8 would crowd the axis. */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0 && hi > lo)) throw new RangeError(`need 0 < lo < hi, got ${lo}, ${hi}`)
  const a = Math.floor(Math.log10(lo) + 1e-9)
  const b = Math.ceil(Math.log10(hi) - 1e-9)
  const step = b - a > 8 ? 2 : 1
  const out: number[] = []
  for (let k = a; k <= b; k += step) out.push(Number(`1e${k}`))
  return out
}

/** [lo, hi] widened out to whole decades, so the curve has room on both sides. */
export function decadeDomain(values: readonly number[]): [number, number] {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v))
  if (pos.length === 0) return [0.01, 100]
  const lo = Math.floor(Math.log10(Math.min(...pos)) + 1e-9)
  let hi = Math.ceil(Math.log10(Math.max(...pos)) - 1e-9)
  if (hi === lo) hi = lo + 1
  return [Number(`1e${lo}`), Number(`1e${hi}`)]
}

/** A dose as people write it: 0.001, 0.1, 10, 1000 — no exponent notation, no float noise. */
export function formatDose(x: number): string {
  if (!(x > 0) || !Number.isFinite(x)) return String(x)
  if (x >= 1) return String(Number(x.toPrecision(6)))
  const decimals = Math.max(0, -Math.floor(Math.log10(x)) + 2)
  return String(Number(x.toFixed(decimals)))
}

/** Round ticks from 0 to at least `max`: steps of 1, 2, 2.5 or 5 × 10^k, about `count` of them. */
export function niceTicks(max: number, count = 6): number[] {
  if (!(max > 0)) return [0, 1]
  const raw = max / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!
  const n = Math.ceil(max / step - 1e-9)
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(10)))
}

/** "palbociclib" → "Palbociclib", "akt-inhibitor-iv" → "Akt inhibitor iv": an id made readable for an axis. */
export function readableId(id: string): string {
  const s = id.replace(/-/g, ' ')
  return s.charAt(0).toUpperCase() + s.slice(1)
}
