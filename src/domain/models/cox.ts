// Cox proportional hazards for two groups (one 0/1 covariate), fitted by Newton–Raphson on the
// partial likelihood with Efron's handling of tied event times — R coxph's default (ties = "efron"),
// so results match R's summary(coxph(Surv(time, status) ~ group)).
import { chiSquareUpperTail } from './chiSquare'
import { Z_95, type SurvivalObservation } from './kaplanMeier'

/** Cox fit of group B against group A (reference): log HR, its Wald SE, HR with 95 % CI and Wald P. */
export interface CoxResult {
  /** log hazard ratio (R: coef). */
  beta: number
  /** Standard error of beta from the observed information (R: se(coef)). */
  se: number
  hr: number
  lower: number
  upper: number
  /** Wald z = beta / se. */
  z: number
  /** Two-sided Wald P (R: Pr(>|z|)). */
  p: number
  /** Partial log-likelihood at beta = 0 and at the fit (R: loglik). */
  loglik: [number, number]
  iterations: number
  ties: 'efron'
}

interface Subject {
  time: number
  event: boolean
  x: 0 | 1
}

function isEvent(o: SurvivalObservation): boolean {
  return o.event === true || o.event === 1
}

/** Log partial likelihood, score and information at beta (Efron ties). Subjects sorted by time, descending. */
function partial(subjects: readonly Subject[], beta: number): { loglik: number; score: number; info: number } {
  const w1 = Math.exp(beta)
  let loglik = 0
  let score = 0
  let info = 0
  // Risk-set sums of exp(βx) and x·exp(βx) (x² = x for a 0/1 covariate), built from the longest times down.
  let s0 = 0
  let s1 = 0
  let i = 0
  while (i < subjects.length) {
    const t = subjects[i]!.time
    let d = 0
    let d0 = 0
    let d1 = 0
    let xSum = 0
    while (i < subjects.length && subjects[i]!.time === t) {
      const s = subjects[i]!
      const w = s.x === 1 ? w1 : 1
      s0 += w
      s1 += s.x * w
      if (s.event) {
        d++
        d0 += w
        d1 += s.x * w
        xSum += s.x
      }
      i++
    }
    if (d === 0) continue
    loglik += beta * xSum
    score += xSum
    // Efron: the k-th of d tied deaths sees the risk set with k/d of the tied deaths' weight removed.
    for (let k = 0; k < d; k++) {
      const f = k / d
      const a0 = s0 - f * d0
      const a1 = s1 - f * d1
      const mean = a1 / a0
      loglik -= Math.log(a0)
      score -= mean
      info += mean - mean * mean
    }
  }
  return { loglik, score, info }
}

const MAX_ITER = 30
const TOL = 1e-10

/**
 * Cox proportional-hazards fit of group B against group A (HR > 1: B has the higher hazard).
 * Throws a RangeError when the HR is not estimable (no events, or all events in one group).
 */
export function coxTwoGroups(a: readonly SurvivalObservation[], b: readonly SurvivalObservation[]): CoxResult {
  if (a.length === 0 || b.length === 0) throw new RangeError('a Cox fit needs observations in both groups')
  const subjects: Subject[] = [
    ...a.map((o) => ({ time: o.time, event: isEvent(o), x: 0 as const })),
    ...b.map((o) => ({ time: o.time, event: isEvent(o), x: 1 as const })),
  ]
  for (const s of subjects) {
    if (!(Number.isFinite(s.time) && s.time >= 0)) throw new RangeError(`times must be finite and ≥ 0, got ${s.time}`)
  }
  const eventsA = subjects.filter((s) => s.event && s.x === 0).length
  const eventsB = subjects.filter((s) => s.event && s.x === 1).length
  // With no events in a group the partial likelihood keeps rising as beta → ±∞: no finite HR.
  if (eventsA === 0 || eventsB === 0) throw new RangeError('the hazard ratio is not estimable: one group has no events')
  subjects.sort((p, q) => q.time - p.time)

  let beta = 0
  let cur = partial(subjects, beta)
  const loglik0 = cur.loglik
  let iterations = 0
  while (iterations < MAX_ITER) {
    iterations++
    let step = cur.score / cur.info
    let next = partial(subjects, beta + step)
    // Step halving, as R does, if a full Newton step lowers the likelihood.
    while (next.loglik < cur.loglik - 1e-12 && Math.abs(step) > 1e-12) {
      step /= 2
      next = partial(subjects, beta + step)
    }
    beta += step
    cur = next
    if (Math.abs(step) < TOL) break
  }
  if (!(cur.info > 0) || !Number.isFinite(beta)) throw new RangeError('the Cox fit did not converge')
  const se = 1 / Math.sqrt(cur.info)
  const z = beta / se
  return {
    beta,
    se,
    hr: Math.exp(beta),
    lower: Math.exp(beta - Z_95 * se),
    upper: Math.exp(beta + Z_95 * se),
    z,
    p: chiSquareUpperTail(z * z, 1),
    loglik: [loglik0, cur.loglik],
    iterations,
    ties: 'efron',
  }
}
