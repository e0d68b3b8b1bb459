// Four-parameter logistic (4PL) dose–response and the read-backs charts need.
// Responses are viability in % of vehicle control (100 = untreated) unless a caller says otherwise.

/** 4PL parameters: response falls from `top` (dose → 0) to `bottom` (dose → ∞), half-way at `ic50`. */
export interface FourPL {
  /** Dose at the midpoint between top and bottom (the "relative" IC50), > 0. */
  ic50: number
  /** Hill slope, > 0 for a response that falls with dose. */
  hill: number
  top: number
  bottom: number
}

function checkParams(p: FourPL): void {
  if (!(p.ic50 > 0)) throw new RangeError(`ic50 must be positive, got ${p.ic50}`)
  if (!Number.isFinite(p.hill) || p.hill === 0) throw new RangeError(`hill must be finite and non-zero, got ${p.hill}`)
  if (!(Number.isFinite(p.top) && Number.isFinite(p.bottom))) throw new RangeError('top and bottom must be finite')
}

/** 4PL response: bottom + (top − bottom)/(1 + (dose/ic50)^hill); dose 0 gives top. */
export function viability(dose: number, p: FourPL): number {
  checkParams(p)
  if (dose < 0) throw new RangeError(`dose must be ≥ 0, got ${dose}`)
  if (dose === 0) return p.hill > 0 ? p.top : p.bottom
  return p.bottom + (p.top - p.bottom) / (1 + Math.pow(dose / p.ic50, p.hill))
}

/**
 * Inverse 4PL: the dose giving `response`, ic50·((top − bottom)/(response − bottom) − 1)^(1/hill);
 * null when the curve never reaches it (response not strictly between bottom and top).
 */
export function doseAtResponse(response: number, p: FourPL): number | null {
  checkParams(p)
  const lo = Math.min(p.top, p.bottom)
  const hi = Math.max(p.top, p.bottom)
  if (!(response > lo && response < hi)) return null
  return p.ic50 * Math.pow((p.top - p.bottom) / (response - p.bottom) - 1, 1 / p.hill)
}

/**
 * Absolute IC50: the dose at which response is 50% of vehicle control (response = vehicle/2),
 * whatever the fitted top and bottom are; null if the curve never falls that far (bottom ≥ 50%).
 */
export function absoluteIC50(p: FourPL, vehicle = 100): number | null {
  return doseAtResponse(vehicle / 2, p)
}

/**
 * GI50 here = the dose giving 50% of the maximal growth inhibition the curve reaches, i.e. the
 * response half-way between top and bottom, bottom + (top − bottom)/2. In a 4PL that is exactly the
 * `ic50` parameter (the "relative IC50"). It is not NCI-60's GI50, which needs time-zero cell counts
 * (see nciGI50). It equals the absolute IC50 only when top + bottom = vehicle (e.g. 100 and 0).
 */
export function gi50(p: FourPL): number {
  checkParams(p)
  return p.ic50
}

/**
 * NCI-60 GI50: dose where 100·(T − T0)/(C − T0) = 50, with C = vehicle and T0 = response at time
 * zero on the same scale, i.e. response = (vehicle + T0)/2; null if the curve never gets there.
 */
export function nciGI50(p: FourPL, timeZero: number, vehicle = 100): number | null {
  if (!(timeZero < vehicle)) throw new RangeError('time-zero signal must be below the vehicle control')
  return doseAtResponse((vehicle + timeZero) / 2, p)
}

/** n doses from min to max inclusive, evenly spaced on a log scale (e.g. a 3-fold dilution series). */
export function logDoseGrid(min: number, max: number, n: number): number[] {
  if (!(min > 0 && max > min)) throw new RangeError(`need 0 < min < max, got ${min}, ${max}`)
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`need an integer n ≥ 2, got ${n}`)
  const lmin = Math.log10(min)
  const step = (Math.log10(max) - lmin) / (n - 1)
  // Pin the ends so the grid hits min and max exactly despite rounding.
  return Array.from({ length: n }, (_, i) => (i === 0 ? min : i === n - 1 ? max : Math.pow(10, lmin + i * step)))
}

/** Resistance index = IC50(resistant) / IC50(parental); > 1 means the resistant line needs more drug. */
export function resistanceIndex(ic50Resistant: number, ic50Parental: number): number {
  if (!(ic50Resistant > 0 && ic50Parental > 0)) throw new RangeError('IC50s must be positive')
  return ic50Resistant / ic50Parental
}

/** Where an IC50 sits relative to the doses actually tested. */
export type Ic50Range = 'within' | 'above-range' | 'below-range'

/**
 * Classifies an IC50 against the tested doses so a chart can print "> top dose" or "< lowest dose"
 * instead of silently drawing an extrapolated value. A null IC50 (curve never reaches 50%) is
 * 'above-range': the response stayed above half at every tested dose.
 */
export function classifyIc50(ic50: number | null, testedDoses: readonly number[]): Ic50Range {
  const positive = testedDoses.filter((d) => d > 0)
  if (positive.length === 0) throw new RangeError('need at least one positive tested dose')
  if (ic50 === null) return 'above-range'
  if (!(ic50 > 0)) throw new RangeError(`ic50 must be positive, got ${ic50}`)
  const lowest = Math.min(...positive)
  const highest = Math.max(...positive)
  if (ic50 > highest) return 'above-range'
  if (ic50 < lowest) return 'below-range'
  return 'within'
}

/** An IC50 as a chart may state it: the value, or the bound of the tested range with '>' / '<'. */
export function boundedIc50(ic50: number | null, testedDoses: readonly number[]): { relation: '=' | '>' | '<'; dose: number; range: Ic50Range } {
  const range = classifyIc50(ic50, testedDoses)
  const positive = testedDoses.filter((d) => d > 0)
  if (range === 'above-range') return { relation: '>', dose: Math.max(...positive), range }
  if (range === 'below-range') return { relation: '<', dose: Math.min(...positive), range }
  return { relation: '=', dose: ic50!, range }
}
