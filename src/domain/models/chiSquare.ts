// Upper tail of the chi-square distribution, enough for log-rank p-values without a stats library.

// Lanczos approximation (g = 7, 9 terms): |relative error| < 1e-15 for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
]

/** Natural log of the gamma function for x > 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma needs x > 0, got ${x}`)
  // Reflection keeps the series accurate below 0.5.
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x)
  const z = x - 1
  let a = LANCZOS[0]!
  const t = z + 7.5
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

const EPS = 1e-16
const MAX_ITER = 1000

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a), for a > 0 and x ≥ 0. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || x < 0) throw new RangeError(`regularizedGammaQ needs a > 0 and x ≥ 0, got (${a}, ${x})`)
  if (x === 0) return 1
  if (x === Infinity) return 0
  const logPrefix = -x + a * Math.log(x) - lnGamma(a)
  if (x < a + 1) {
    // Series for P converges fast here; Q = 1 − P.
    let term = 1 / a
    let sum = term
    for (let n = 1; n < MAX_ITER; n++) {
      term *= x / (a + n)
      sum += term
      if (Math.abs(term) < Math.abs(sum) * EPS) break
    }
    return 1 - sum * Math.exp(logPrefix)
  }
  // Continued fraction for Q (modified Lentz) converges fast for x ≥ a + 1.
  const tiny = 1e-300
  let b = x + 1 - a
  let c = 1 / tiny
  let d = 1 / b
  let h = d
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < tiny) d = tiny
    c = b + an / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPS) break
  }
  return Math.exp(logPrefix) * h
}

/** P(X ≥ x) for X ~ chi-square with df degrees of freedom (R: pchisq(x, df, lower.tail = FALSE)). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`)
  if (x <= 0) return 1
  return regularizedGammaQ(df / 2, x / 2)
}
