import './zod-config'
import { z } from 'zod'

/** How a value came to be: see DESIGN.md, "Provenance". Ordered weakest-last. */
export const PROVENANCE = ['reported', 'digitized', 'derived', 'illustrative'] as const
export const Provenance = z.enum(PROVENANCE)
export type Provenance = z.infer<typeof Provenance>

import { StudyId } from './ids'
export { StudyId }

/** Where a value or statement sits in the study text: figure/panel, table or section. */
export const Source = z.strictObject({
  study: StudyId,
  /** e.g. "Fig. 3B", "Supplementary Table S3", "Results: S6K1 and palbociclib response". */
  locator: z.string().trim().min(2, 'a figure/panel or section is required'),
})
export type Source = z.infer<typeof Source>

/** How a derived value was computed: the named model and the evidence rows it used. */
export const Derivation = z.strictObject({
  model: z.string().min(2),
  inputs: z.array(z.string().min(1)).min(1, 'a derived value names at least one input'),
  note: z.string().optional(),
})

/** Who read a value off a published figure, with what and when. */
export const Digitization = z.strictObject({
  tool: z.string().min(2),
  date: z.iso.date(),
})

const Ci = z.strictObject({
  lower: z.number(),
  upper: z.number(),
  /** Confidence level, default 0.95. */
  level: z.number().gt(0).lt(1).default(0.95),
})

const PValue = z.strictObject({
  relation: z.enum(['=', '<', '>', '≤', '≥']),
  value: z.number().min(0).max(1),
})

const Spread = z.strictObject({
  kind: z.enum(['sd', 'sem', 'range', 'iqr']),
  value: z.number().nonnegative(),
})

const provenanceFields = {
  provenance: Provenance,
  source: Source,
  derivation: Derivation.optional(),
  digitization: Digitization.optional(),
}

/** Bounds the paper can put on a value: strict or inclusive, or approximate. */
export const QUALIFIERS = ['<', '>', '≤', '≥', '≈'] as const

/** A printed range, e.g. "every 2–3 days" or "80–120 mm³": both ends as printed. */
const Range = z.strictObject({ lower: z.number(), upper: z.number() })

/** The curator's reading of a printed form that cannot be taken as it stands: the value used, and why. */
const Interpretation = z.strictObject({
  value: z.number(),
  /** Why the printed form is read this way, e.g. "a lost superscript: 3 × 10³". */
  reason: z.string().min(10),
})

type ProvenanceFields = {
  provenance: Provenance
  derivation?: unknown
  digitization?: unknown
  ci?: unknown
  p?: unknown
  spread?: unknown
}

/** Shared rules: a derived value names its model, a digitized one its tool, and an illustrative one carries no statistics. */
function checkProvenance(q: ProvenanceFields, ctx: z.RefinementCtx) {
  if (q.provenance === 'derived' && !q.derivation)
    ctx.addIssue({ code: 'custom', path: ['derivation'], message: 'a derived value needs derivation {model, inputs}' })
  if (q.provenance !== 'derived' && q.derivation)
    ctx.addIssue({ code: 'custom', path: ['derivation'], message: `only derived values carry a derivation (this one is ${q.provenance})` })
  if (q.provenance === 'digitized' && !q.digitization)
    ctx.addIssue({ code: 'custom', path: ['digitization'], message: 'a digitized value needs digitization {tool, date}' })
  if (q.provenance === 'illustrative')
    for (const key of ['ci', 'p'] as const)
      if (q[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'an illustrative value cannot carry statistics: it was not measured' })
}

type ReadingFields = { value: number; range?: { lower: number; upper: number }; printed?: string; interpretation?: { value: number } }

/** A range's value is one of its points (lower end or centre), and a curator's reading needs the printed form it reads. */
function checkReading(q: ReadingFields, ctx: z.RefinementCtx) {
  if (q.range && !(q.range.lower < q.range.upper)) ctx.addIssue({ code: 'custom', path: ['range'], message: 'a range needs lower < upper' })
  if (q.range && (q.value < q.range.lower || q.value > q.range.upper))
    ctx.addIssue({ code: 'custom', path: ['value'], message: `value ${q.value} lies outside its range ${q.range.lower}–${q.range.upper}` })
  if (q.interpretation && q.printed === undefined)
    ctx.addIssue({ code: 'custom', path: ['interpretation'], message: 'an interpretation reads a printed form: give `printed` too' })
  if (q.interpretation && q.interpretation.value !== q.value)
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `value must equal the interpretation's value (${q.interpretation.value}), so every reader of value gets the curator's reading`,
    })
}

/**
 * A number with its unit, provenance and source. The only way the schema stores a number:
 * its interval, p value, spread and n are part of the same statement and share its provenance.
 */
export const Quantity = z
  .strictObject({
    value: z.number(),
    /** Unit as printed, e.g. "months", "µM", "%", "mm³"; "ratio" for dimensionless. */
    unit: z.string().min(1),
    /** "<", ">", "≤" or "≥" when the paper gives a bound rather than a value (e.g. IC50 > top dose); "≈" when approximate. */
    qualifier: z.enum(QUALIFIERS).optional(),
    /** Both ends when the paper prints a range ("every 2–3 days"); `value` is then the lower end (or the centre). */
    range: Range.optional(),
    /**
     * The form exactly as printed, when it cannot be taken as a number as it stands ("272,4000", "3 × 103").
     * This string is what `provenance` labels; the number in `value` is then the `interpretation`.
     */
    printed: z.string().min(1).optional(),
    /** The curator's reading of `printed` (value and reason): not reported, and shown as the curator's. */
    interpretation: Interpretation.optional(),
    ci: Ci.optional(),
    p: PValue.optional(),
    spread: Spread.optional(),
    n: z.int().positive().optional(),
    /** Decimals the paper printed (3.0 → 1), so the UI shows "3.0", not "3"; applies to the CI too. */
    decimals: z.int().min(0).max(6).optional(),
    ...provenanceFields,
  })
  .superRefine((q, ctx) => {
    checkProvenance(q, ctx)
    checkReading(q, ctx)
  })
export type Quantity = z.infer<typeof Quantity>

/** One plotted point: x and y share the point's provenance and source. */
export const Datum = z
  .strictObject({
    x: z.number(),
    y: z.number(),
    /** Error bar half-width on y, same units. */
    spread: Spread.optional(),
    n: z.int().positive().optional(),
    ...provenanceFields,
  })
  .superRefine(checkProvenance)
export type Datum = z.infer<typeof Datum>
