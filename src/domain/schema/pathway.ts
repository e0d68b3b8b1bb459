import './zod-config'
import { z } from 'zod'
import { AgentId, ConditionId, Id, NodeId } from './ids'

export const NODE_TYPES = ['ligand', 'receptor', 'kinase', 'transcription-factor', 'metabolite', 'phenotype', 'gene-programme', 'cytokine', 'other'] as const
export const EDGE_TYPES = ['activates', 'inhibits', 'transcribes', 'secretes', 'binds'] as const

/** `shown` by the study's own data, or `proposed` by the authors from the literature; absent means shown. */
export const SUPPORT = ['shown', 'proposed'] as const
const Support = z.enum(SUPPORT)

/** A pathway node. x/y are layout coordinates (0–1000 by 0–600), not data. */
export const PathwayNode = z.strictObject({
  id: NodeId,
  label: z.string().min(1),
  type: z.enum(NODE_TYPES),
  /** Gene/protein symbol shared across studies (e.g. "ERBB3"), so the combined diagram merges nodes. */
  symbol: z.string().optional(),
  layout: z.strictObject({ x: z.number(), y: z.number() }).optional(),
  evidence: z.array(Id).default([]),
  note: z.string().optional(),
  /** Whether the study's data show this node's role or the authors propose it (drawn dashed, labelled "proposed"). */
  support: Support.optional(),
})
export type PathwayNode = z.infer<typeof PathwayNode>

/** A typed edge; bypass edges are the route that keeps signalling on in the resistant state. */
export const PathwayEdge = z.strictObject({
  id: Id,
  from: NodeId,
  to: NodeId,
  type: z.enum(EDGE_TYPES),
  bypass: z.boolean().default(false),
  /**
   * The target cannot signal without this (activating) input, however much of the target there is:
   * S6K1 needs mTORC1 even when amplified, so blocking mTORC1 switches S6K1 off. Other inputs only add.
   */
  required: z.boolean().default(false),
  evidence: z.array(Id).default([]),
  note: z.string().optional(),
  /** Whether the study's data show this link or the authors propose it from the literature. */
  support: Support.optional(),
  /** True when the study tested this link and found it does not operate in its model: drawn crossed out, carries no signal. */
  inactive: z.boolean().optional(),
})
export type PathwayEdge = z.infer<typeof PathwayEdge>

/** Which agent acts on which node. */
export const AgentTarget = z.strictObject({
  agent: AgentId,
  node: NodeId,
  /**
   * True when, in the resistant state, the bypass keeps this node active although the agent binds it
   * (tamoxifen on ERα phosphorylated by AKT in TamR cells). Blocking the bypass upstream restores the block.
   */
  escapedByBypass: z.boolean().default(false),
  evidence: z.array(Id).default([]),
})

/** pathway.json */
export const Pathway = z.strictObject({
  nodes: z.array(PathwayNode).min(1),
  edges: z.array(PathwayEdge).default([]),
  targets: z.array(AgentTarget).default([]),
  /** Condition ids in which the bypass edges carry signal. */
  bypassConditions: z.array(ConditionId).default([]),
})
export type Pathway = z.infer<typeof Pathway>
