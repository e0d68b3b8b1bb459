import { useEffect, useMemo, useState } from 'react'
import type { GraphEdge } from '../domain/pathway/graph'
import { compactBoxes, fitViewBox, GAP, labelBox, pathThrough, routeEdge, type Box, type EdgeGeometry, type Point } from './geometry'

/** A laid-out diagram: node boxes, edge paths and the viewBox that holds them. */
export interface DiagramLayout {
  boxes: Map<string, Box>
  edges: Map<string, EdgeGeometry>
  viewBox: { x: number; y: number; w: number; h: number }
  /** "curated" when every node had coordinates, else "auto" (layered, computed by dagre). */
  source: 'curated' | 'auto'
}

/** What the layout needs of a node. */
export interface LayoutNode {
  id: string
  label: string
  layout?: { x: number; y: number } | undefined
}

/** Room under the label for the study chips of the combined diagram. */
export const CHIP_ROW = 20

const boxFor = (n: LayoutNode, extra: number, x = 0, y = 0): Box => {
  const b = labelBox(n.label, x, y)
  return { ...b, h: b.h + extra }
}

function routeAll(boxes: Map<string, Box>, edges: readonly GraphEdge[], points?: Map<string, Point[]>): Map<string, EdgeGeometry> {
  const out = new Map<string, EdgeGeometry>()
  const seen = new Set<string>()
  for (const e of edges) {
    const pair = [e.from, e.to].sort().join('→')
    const repeat = seen.has(pair)
    seen.add(pair)
    const a = boxes.get(e.from)
    const b = boxes.get(e.to)
    if (!a || !b) continue
    const gap = e.type === 'inhibits' ? 2 : 4
    const pts = points?.get(e.id)
    if (pts && pts.length >= 2 && !repeat) out.set(e.id, pathThrough(pts, gap))
    else
      out.set(
        e.id,
        routeEdge(
          a,
          b,
          [...boxes].filter(([id]) => id !== e.from && id !== e.to).map(([, bx]) => bx),
          gap,
          repeat,
        ),
      )
  }
  return out
}

/** The curated layout, when every node has coordinates. */
export function curatedLayout(nodes: readonly LayoutNode[], edges: readonly GraphEdge[], extra = 0): DiagramLayout | null {
  if (!nodes.every((n) => n.layout)) return null
  const boxes = new Map(nodes.map((n) => [n.id, boxFor(n, extra, n.layout?.x, n.layout?.y)]))
  return { boxes, edges: routeAll(boxes, edges), viewBox: fitViewBox([...boxes.values()]), source: 'curated' }
}

/**
 * A curated layout pressed together (see compactBoxes), rows or columns first, with its edges routed again
 * and the viewBox fitted tightly; wider gaps while an edge cannot be routed clear; null if none works.
 */
export function compactLayout(layout: DiagramLayout, edges: readonly GraphEdge[], rowsFirst: boolean): DiagramLayout | null {
  for (const k of [1, 1.5, 2]) {
    const boxes = compactBoxes(
      layout.boxes,
      { x: GAP.x * k, y: GAP.y * k },
      rowsFirst,
      edges.map((e) => [e.from, e.to] as const),
    )
    const routed = routeAll(boxes, edges)
    if ([...routed.values()].every((g) => g.clear))
      return { boxes, edges: routed, viewBox: fitViewBox([...boxes.values()], 24, { w: 0, h: 0 }), source: 'curated' }
  }
  return null
}

/** The room a diagram is drawn in, in CSS px; `h` is null when its height is not capped. */
export interface Room {
  w: number
  h: number | null
}

/** Pixels per diagram unit when a viewBox is drawn in a room of capped height. */
export const drawScale = (vb: DiagramLayout['viewBox'], room: { w: number; h: number }) => Math.min(room.w / vb.w, room.h / vb.h)

/**
 * The layout to draw in a room. A drawing with a capped height (the Study view's story column, a phone) whose
 * curated layout would show labels below their design size (under 1 px per unit) gets whichever of it and its
 * two compactions draws largest. Elsewhere (the Pathway view, slides, which scale as one picture) and for
 * automatic layouts (dagre packs them already) the layout is drawn as it is.
 */
export function layoutForRoom(layout: DiagramLayout, edges: readonly GraphEdge[], room: Room): DiagramLayout {
  if (layout.source !== 'curated' || room.h === null) return layout
  const capped = { w: room.w, h: room.h }
  if (drawScale(layout.viewBox, capped) >= 1) return layout
  const options = [layout, compactLayout(layout, edges, true), compactLayout(layout, edges, false)].filter((l): l is DiagramLayout => l !== null)
  return options.reduce((best, l) => (drawScale(l.viewBox, capped) > drawScale(best.viewBox, capped) + 1e-6 ? l : best))
}

/**
 * A layered (Sugiyama) layout from dagre, top to bottom, with dagre's edge routes. dagre is loaded
 * on demand (about 17 kB gzip), so views with curated coordinates never download it.
 */
export async function autoLayout(nodes: readonly LayoutNode[], edges: readonly GraphEdge[], extra = 0): Promise<DiagramLayout> {
  const { default: dagre } = await import('@dagrejs/dagre')
  const g = new dagre.graphlib.Graph({ multigraph: true })
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 14, marginx: 16, marginy: 16 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const n of nodes) {
    const b = boxFor(n, extra)
    g.setNode(n.id, { width: b.w, height: b.h })
  }
  // One dagre edge per node pair: a second edge between the same pair (another study's type) is bowed by routeEdge.
  const pairs = new Set<string>()
  for (const e of edges) {
    const pair = [e.from, e.to].sort().join('→')
    if (!pairs.has(pair)) g.setEdge(e.from, e.to, {}, e.id)
    pairs.add(pair)
  }
  dagre.layout(g)
  const boxes = new Map<string, Box>()
  for (const n of nodes) {
    const d = g.node(n.id)
    boxes.set(n.id, { x: d.x, y: d.y, w: d.width, h: d.height })
  }
  const points = new Map<string, Point[]>()
  for (const e of edges) {
    const pts = g.edge({ v: e.from, w: e.to, name: e.id })?.points
    if (pts)
      points.set(
        e.id,
        pts.map((p: Point) => ({ x: p.x, y: p.y })),
      )
  }
  const vb = fitViewBox([...boxes.values()], 16, { w: 0, h: 0 })
  return { boxes, edges: routeAll(boxes, edges, points), viewBox: vb, source: 'auto' }
}

/** The curated layout at once, or the automatic one once dagre has loaded (null meanwhile). */
export function usePathwayLayout(nodes: readonly LayoutNode[], edges: readonly GraphEdge[], extra = 0): DiagramLayout | null {
  const curated = useMemo(() => curatedLayout(nodes, edges, extra), [nodes, edges, extra])
  const [auto, setAuto] = useState<{ key: unknown; layout: DiagramLayout } | null>(null)
  useEffect(() => {
    if (curated) return
    let live = true
    void autoLayout(nodes, edges, extra).then((layout) => live && setAuto({ key: nodes, layout }))
    return () => {
      live = false
    }
  }, [curated, nodes, edges, extra])
  return curated ?? (auto?.key === nodes ? auto.layout : null)
}
