import { PROVENANCE, type Provenance } from '../schema/provenance'

/**
 * A series is only as strong as its weakest input: reported < digitized < derived < illustrative.
 * reported + derived → derived; anything + illustrative → illustrative.
 */
export function weakest(inputs: readonly Provenance[]): Provenance {
  if (inputs.length === 0) throw new RangeError('weakest() needs at least one input')
  return inputs.reduce((a, b) => (PROVENANCE.indexOf(b) > PROVENANCE.indexOf(a) ? b : a))
}

/** Readable badge text for each provenance. */
export const PROVENANCE_LABEL: Record<Provenance, string> = {
  reported: 'reported',
  digitized: 'digitized',
  derived: 'derived',
  illustrative: 'illustrative — not measured',
}
