import './zod-config'
import { z } from 'zod'
import { Catalogue } from './agent'
import { Evidence } from './evidence'
import { Pathway } from './pathway'
import { Phenotypes } from './phenotype'
import { SeriesList } from './series'
import { StudyMeta } from './study'

/** The files of one study folder in mock-data/, by name. */
export const STUDY_FILES = {
  'study.json': StudyMeta,
  'evidence.json': Evidence,
  'series.json': SeriesList,
  'phenotypes.json': Phenotypes,
  'pathway.json': Pathway,
} as const
export type StudyFile = keyof typeof STUDY_FILES

/** One entry of /api/studies.json: enough for an Overview card. */
export const StudySummary = StudyMeta.pick({ id: true, citation: true, cancer: true, drugsResisted: true, mechanism: true, textKind: true }).extend({
  models: z.array(z.string()),
})
export type StudySummary = z.infer<typeof StudySummary>

/** One entry of /api/phenotypes.json: what the phenotype matrix needs of a study, in one request for all studies. */
export const PhenotypeIndexEntry = z.strictObject({
  study: StudyMeta.pick({ id: true, cancer: true, citation: true, models: true, conditions: true }),
  phenotypes: Phenotypes,
})
export type PhenotypeIndexEntry = z.infer<typeof PhenotypeIndexEntry>

/** A whole study, as the import format and the integrity check see it. */
export const StudyBundle = z.strictObject({
  study: StudyMeta,
  evidence: Evidence,
  series: SeriesList,
  phenotypes: Phenotypes,
  pathway: Pathway,
  /** Agents the study uses that the shared catalogue lacks (a presenter's own paper); ids must not clash with it. */
  agents: Catalogue.optional(),
})
export type StudyBundle = z.infer<typeof StudyBundle>
export { Catalogue }
