import type { Provenance } from '../domain/schema/provenance'

/** How each provenance looks on a line: solid exact, dashed derived, dotted-and-faint illustrative. */
export const LINE_STYLE: Record<Provenance, { strokeDasharray?: string; strokeOpacity: number; strokeWidth: number }> = {
  reported: { strokeOpacity: 1, strokeWidth: 3 },
  digitized: { strokeOpacity: 1, strokeWidth: 3 },
  derived: { strokeDasharray: '9 6', strokeOpacity: 0.95, strokeWidth: 3 },
  illustrative: { strokeDasharray: '2 5', strokeOpacity: 0.55, strokeWidth: 3 },
}

/** SVG-safe id from React's useId (which may contain colons or guillemets). */
export const svgId = (reactId: string, suffix: string) => `${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}-${suffix}`

/** Fill and outline of an area mark (bar, dot) for a provenance; `hatch` is the url() of the colour's hatch pattern. */
export function markStyle(provenance: Provenance, colour: string, hatch: string) {
  if (provenance === 'illustrative') return { fill: hatch, stroke: colour, strokeWidth: 2, strokeDasharray: '2 3', strokeOpacity: 0.8 }
  if (provenance === 'derived') return { fill: colour, fillOpacity: 0.35, stroke: colour, strokeWidth: 2, strokeDasharray: '6 4' }
  return { fill: colour, stroke: colour, strokeWidth: 1 }
}

/** "~" before an illustrative number (a value chosen to show a direction, not measured), "" otherwise. */
export const approx = (provenance: Provenance) => (provenance === 'illustrative' ? '~' : '')
