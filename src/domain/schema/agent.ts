import './zod-config'
import { z } from 'zod'
import { AgentId } from './ids'

export const AGENT_CLASSES = [
  'alk-tki',
  'her-tki',
  'her2-antibody',
  'endocrine',
  'cdk46-inhibitor',
  'mtor-s6k1-axis',
  'cxcr-il8-blockade',
  'akt-inhibitor',
  'ferroptosis-nrf2',
  'genetic',
  'growth-factor',
  'other',
] as const
export type AgentClass = (typeof AGENT_CLASSES)[number]

/** Readable names of the agent classes, in the order the toggle panel groups them. */
export const AGENT_CLASS_LABELS: Record<AgentClass, string> = {
  'alk-tki': 'ALK TKIs',
  'her-tki': 'pan-HER / HER2 TKIs',
  'her2-antibody': 'HER2 antibodies',
  endocrine: 'Endocrine therapy',
  'cdk46-inhibitor': 'CDK4/6 inhibitors',
  'mtor-s6k1-axis': 'mTOR / S6K1 axis',
  'cxcr-il8-blockade': 'CXCR1/2 and IL8 blockade',
  'akt-inhibitor': 'AKT inhibitors',
  'ferroptosis-nrf2': 'Ferroptosis and NRF2 modulators',
  genetic: 'Knock-down / over-expression',
  'growth-factor': 'Ligands and growth factors',
  other: 'Other agents',
}

/** One drug, antibody, siRNA/shRNA or tool compound, shared across studies. */
export const Agent = z.strictObject({
  id: AgentId,
  name: z.string().min(2),
  class: z.enum(AGENT_CLASSES),
  kind: z.enum(['small-molecule', 'antibody', 'sirna', 'shrna', 'overexpression', 'ligand', 'other']),
  /** Gene or protein symbols the agent acts on, e.g. ["ALK"], ["HER1", "HER2", "HER4"]. */
  targets: z.array(z.string().min(1)).min(1),
  /** What it does to its target(s). */
  action: z.enum(['inhibits', 'degrades', 'knocks-down', 'overexpresses', 'activates', 'induces', 'blocks-ligand']),
  description: z.string().optional(),
})
export type Agent = z.infer<typeof Agent>

/** catalogue.json: every agent used by any study. */
export const Catalogue = z.array(Agent)
