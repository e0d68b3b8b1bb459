import type { Provenance } from '../domain/schema/provenance'

/** How each provenance looks on a line: solid exact, dashed derived, dotted-and-faint illustrative. */
export const LINE_STYLE: Record<Provenance, { strokeDasharray?: string; strokeOpacity: number; strokeWidth: number }> = {
  reported: { strokeOpacity: 1, strokeWidth: 3 },
  digitized: { strokeOpacity: 1, strokeWidth: 3 },
  derived: { strokeDasharray: '9 6', strokeOpacity: 0.95, strokeWidth: 3 },
  illustrative: { strokeDasharray: '2 5', strokeOpacity: 0.55, strokeWidth: 3 },
}
