import type { GraphEdge } from '../domain/pathway/graph'
import type { NodeState } from '../domain/pathway/overlay'
import type { PathwayNode } from '../domain/schema/pathway'
import type { Box } from './geometry'

/** Node kinds as drawn: colour variable, shape and legend words. */
export const NODE_STYLE: Record<PathwayNode['type'], { colour: string; shape: Shape; label: string }> = {
  ligand: { colour: 'var(--c6)', shape: 'ellipse', label: 'Ligand' },
  cytokine: { colour: 'var(--c2)', shape: 'ellipse', label: 'Cytokine' },
  receptor: { colour: 'var(--c1)', shape: 'receptor', label: 'Receptor' },
  kinase: { colour: 'var(--c3)', shape: 'rounded', label: 'Kinase' },
  'transcription-factor': { colour: 'var(--c4)', shape: 'hexagon', label: 'Transcription factor' },
  metabolite: { colour: 'var(--c5)', shape: 'octagon', label: 'Metabolite' },
  'gene-programme': { colour: 'var(--c7)', shape: 'document', label: 'Gene programme' },
  phenotype: { colour: 'var(--fg-muted)', shape: 'stadium', label: 'Phenotype' },
  other: { colour: 'var(--axis)', shape: 'rect', label: 'Other protein or cell' },
}

/** Outline shapes. */
export type Shape = 'ellipse' | 'receptor' | 'rounded' | 'hexagon' | 'octagon' | 'document' | 'stadium' | 'rect'

/** Edge types as drawn: dash pattern, end marker and legend words. */
export const EDGE_STYLE: Record<GraphEdge['type'], { dash?: string; marker: 'arrow' | 'bar' | 'dot'; label: string; glyph: string }> = {
  activates: { marker: 'arrow', label: 'activates', glyph: '→' },
  inhibits: { marker: 'bar', label: 'inhibits', glyph: '⊣' },
  transcribes: { dash: '10 4 2 4', marker: 'arrow', label: 'transcribes (gene expression)', glyph: '⇢' },
  secretes: { dash: '2 5', marker: 'arrow', label: 'secretes', glyph: '⋯→' },
  binds: { marker: 'dot', label: 'binds', glyph: '—●' },
}

/** Dash of a link the authors propose from the literature rather than show (overrides the type's own dash). */
export const PROPOSED_DASH = '12 5 2 5'

/** State badges drawn on the node border; normal nodes have none. */
export const STATE_BADGE: Record<NodeState, string | null> = {
  blocked: 'blocked',
  targeted: 'targeted',
  dimmed: 'dimmed',
  bypass: 'bypass',
  raised: 'raised',
  normal: null,
}

const p = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join('L')}Z`

/** The outline of a node of this shape in its box, as an SVG path. */
export function shapePath(shape: Shape, b: Box): string {
  const l = b.x - b.w / 2
  const r = b.x + b.w / 2
  const t = b.y - b.h / 2
  const bo = b.y + b.h / 2
  const rr = (rad: number) =>
    `M${l + rad},${t}H${r - rad}A${rad},${rad} 0 0 1 ${r},${t + rad}V${bo - rad}A${rad},${rad} 0 0 1 ${r - rad},${bo}H${l + rad}A${rad},${rad} 0 0 1 ${l},${bo - rad}V${t + rad}A${rad},${rad} 0 0 1 ${l + rad},${t}Z`
  switch (shape) {
    case 'ellipse':
      return `M${l},${b.y}A${b.w / 2},${b.h / 2} 0 1 1 ${r},${b.y}A${b.w / 2},${b.h / 2} 0 1 1 ${l},${b.y}Z`
    case 'rounded':
      return rr(10)
    case 'stadium':
      return rr(b.h / 2)
    case 'hexagon': {
      const k = 14
      return p([
        [l + k, t],
        [r - k, t],
        [r, b.y],
        [r - k, bo],
        [l + k, bo],
        [l, b.y],
      ])
    }
    case 'octagon': {
      const k = 9
      return p([
        [l + k, t],
        [r - k, t],
        [r, t + k],
        [r, bo - k],
        [r - k, bo],
        [l + k, bo],
        [l, bo - k],
        [l, t + k],
      ])
    }
    case 'document': {
      const k = 12
      return p([
        [l, t],
        [r - k, t],
        [r, t + k],
        [r, bo],
        [l, bo],
      ])
    }
    case 'receptor':
      // A membrane bar across the top: a rectangle with square corners and a notch-free top edge drawn thicker via CSS.
      return rr(3)
    default:
      return rr(2)
  }
}
