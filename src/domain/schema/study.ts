import './zod-config'
import { z } from 'zod'
import { AgentId, ConditionId, Id, ModelId, NodeId, SeriesId, StudyId } from './ids'

export { Id }
export * from './ids'

/** Bibliographic record. The year and pages are citation text, not measurements. */
export const Citation = z.strictObject({
  authors: z.array(z.string().min(2)).min(1),
  title: z.string().min(5),
  journal: z.string().min(2),
  year: z.int().min(1900).max(2100),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,}\//, 'a DOI like 10.1186/...')
    .optional(),
})

export const MODEL_KINDS = ['cell-line', 'derived-line', 'organoid', 'pdx', 'xenograft', 'patient-cohort', 'public-dataset', 'conditioned-medium'] as const

/** A biological system the study measures: a cell line, derived line, organoid, PDX, cohort. */
export const Model = z.strictObject({
  id: ModelId,
  name: z.string().min(1),
  kind: z.enum(MODEL_KINDS),
  /** What distinguishes it, in the project's own words. */
  description: z.string().min(3),
  /** The model it was derived from (e.g. the parental line of a resistant line). */
  parent: ModelId.optional(),
})
export type Model = z.infer<typeof Model>

export const CONDITION_KINDS = [
  'parental',
  'persister',
  'resistant',
  'resensitised',
  'conditioned-medium',
  'knockdown',
  'overexpression',
  'amplified',
  'wild-type',
  'high-expression',
  'low-expression',
  'control',
] as const
export type ConditionKind = (typeof CONDITION_KINDS)[number]

/** A state a model is put in or classified by: resistant, knock-down, S6K1-amplified... */
export const Condition = z.strictObject({
  id: ConditionId,
  label: z.string().min(1),
  kind: z.enum(CONDITION_KINDS),
  description: z.string().min(3),
})
export type Condition = z.infer<typeof Condition>

/** A claim of the paper in order; becomes a presentation slide. */
export const Claim = z.strictObject({
  id: Id,
  title: z.string().min(3),
  text: z.string().min(10),
  evidence: z.array(Id).default([]),
  series: z.array(SeriesId).default([]),
  nodes: z.array(NodeId).default([]),
  /** Speaker notes in the project's own words. */
  notes: z.string().optional(),
  /** Question for predict-then-reveal slides. */
  predict: z.string().optional(),
})
export type Claim = z.infer<typeof Claim>

/** The pathway state a step should produce: its phenotype node's end state, and optionally nodes on or off. */
export const StepExpectation = z.strictObject({
  /** The phenotype node (type "phenotype") whose state is the step's point. */
  phenotype: NodeId,
  /** Whether that phenotype is on (growth, resistance, metastasis) once the step's drugs and conditions are set. */
  active: z.boolean(),
  /** Nodes that must be on (e.g. the lit resistant route). */
  on: z.array(NodeId).default([]),
  /** Nodes that must be off (e.g. those a drug blocks). */
  off: z.array(NodeId).default([]),
})
export type StepExpectation = z.infer<typeof StepExpectation>

/**
 * One step of the study's story: a claim and the view that shows it. Steps run in the paper's order;
 * the Study view, present deck and overview set the drugs and conditions in one move.
 */
export const Step = z.strictObject({
  id: Id,
  /** The claim this step shows. */
  claim: Id,
  /** A short title in the project's own words. */
  title: z.string().min(3).max(70),
  /** Agent ids to switch on (the full set, rescue included). */
  drugs: z.array(AgentId).default([]),
  /** Condition ids to switch on. */
  conditions: z.array(ConditionId).default([]),
  /**
   * The drugs among `drugs` whose addition is the teaching moment ("palbociclib → + everolimus").
   * Several are alternatives of one class (rapamycin in the PDX, everolimus in the organoids):
   * each alone gives the expected state.
   */
  rescue: z.array(AgentId).default([]),
  /** Series ids in order; the first is the key figure. */
  series: z.array(SeriesId).min(1),
  expect: StepExpectation,
})
export type Step = z.infer<typeof Step>

export const CAVEAT_KINDS = ['inconsistency', 'ambiguity', 'derived-vs-reported', 'limitation'] as const

/** Where the text disagrees with itself, is ambiguous, or where a derived value disagrees with a reported one. */
export const Caveat = z.strictObject({
  id: Id,
  kind: z.enum(CAVEAT_KINDS),
  title: z.string().min(3),
  text: z.string().min(10),
  /** Every location involved, e.g. ["Methods: PDX", "Fig. 6G legend"]. */
  locations: z.array(z.string().min(2)).min(1),
  evidence: z.array(Id).default([]),
})
export type Caveat = z.infer<typeof Caveat>

/** study.json: who, what, which models and conditions, the claims and caveats. */
export const StudyMeta = z.strictObject({
  id: StudyId,
  citation: Citation,
  /** One paragraph in the project's own words. */
  summary: z.string().min(40),
  cancer: z.string().min(3),
  /** Agent ids of the drugs the cancer resists. */
  drugsResisted: z.array(AgentId).min(1),
  /** The mechanism in one line. */
  mechanism: z.string().min(10),
  /** "full-text" or "abstract": an abstract has no numbers, so everything plotted is illustrative. */
  textKind: z.enum(['full-text', 'abstract']),
  models: z.array(Model).min(1),
  conditions: z.array(Condition).default([]),
  /** Agent ids from the shared catalogue used anywhere in the study. */
  agents: z.array(AgentId).min(1),
  claims: z.array(Claim).default([]),
  /** The story in 3–7 steps (a bundle without them still validates). */
  steps: z.array(Step).default([]),
  caveats: z.array(Caveat).default([]),
})
export type StudyMeta = z.infer<typeof StudyMeta>
export type Citation = z.infer<typeof Citation>
