/** A node's box: centre x/y and size, in diagram units (the curated box is 1000 × 600). */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A point. */
export interface Point {
  x: number
  y: number
}

/** Label font size in diagram units; the 1000-wide SVG fills ~1150 px at 1280 px, so 16 reads as ~18 px. */
export const LABEL_SIZE = 16
const CHAR_W = 9.3
/** Line height of wrapped labels. */
export const LINE_H = 19

/** Longest line a node box holds (230 units wide); longer lines end in an ellipsis. */
const MAX_LINE = 22

/** True when wrapLabel cuts the label, so the node must carry the full text in its tooltip. */
export const labelCut = (label: string) => wrapLabel(label).join(' ') !== label.split(/\s+/).filter(Boolean).join(' ')

const cut = (line: string) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line)

/** Greedy word wrap at `max` characters per line, at most `lines` lines (the last keeps the rest, cut to fit the box). */
export function wrapLabel(label: string, max = 14, lines = 3): string[] {
  const out: string[] = []
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = out[out.length - 1]
    if (last !== undefined && (last.length + 1 + word.length <= max || out.length === lines)) out[out.length - 1] = `${last} ${word}`
    else out.push(word)
  }
  return (out.length ? out : [label]).map(cut)
}

/** The box a label needs, centred on (x, y). */
export function labelBox(label: string, x = 0, y = 0): Box {
  const lines = wrapLabel(label)
  const longest = Math.max(...lines.map((l) => l.length))
  return { x, y, w: Math.min(230, Math.max(100, longest * CHAR_W + 26)), h: lines.length * LINE_H + 18 }
}

/** Where the ray from the box centre towards `p` leaves the box, pulled back by `gap`. */
export function clipToBox(b: Box, p: Point, gap = 0): Point {
  const dx = p.x - b.x
  const dy = p.y - b.y
  if (dx === 0 && dy === 0) return { x: b.x, y: b.y }
  const t = Math.min(dx ? (b.w / 2 + gap) / Math.abs(dx) : Infinity, dy ? (b.h / 2 + gap) / Math.abs(dy) : Infinity)
  return { x: b.x + dx * t, y: b.y + dy * t }
}

const inside = (b: Box, p: Point, pad: number) => Math.abs(p.x - b.x) < b.w / 2 + pad && Math.abs(p.y - b.y) < b.h / 2 + pad

/** Points along a quadratic Bézier (a straight line when c is the midpoint). */
export function sampleQuad(a: Point, c: Point, b: Point, n = 32): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n
    const u = 1 - t
    return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y }
  })
}

/** A drawn edge: its SVG path and the point halfway along (for hover targets). */
export interface EdgeGeometry {
  d: string
  mid: Point
  curved: boolean
  /** False when no tried curve avoids every other box (the straight line is then used). */
  clear: boolean
}

const OFFSETS = [0, 40, -40, 70, -70, 100, -100, 140, -140, 190, -190, 250, -250, 320, -320]

/**
 * A path from one box to another that does not cross the other boxes: straight if it can be,
 * else the first quadratic curve (bowing left or right, a little then more, its bend centred or nearer
 * either end) that clears them all. `bend` skips the straight line (a second edge between the same pair).
 */
export function routeEdge(from: Box, to: Box, obstacles: readonly Box[], endGap = 3, bend = false): EdgeGeometry {
  const dx = to.x - from.x
  const dy = to.y - from.y
  const len = Math.hypot(dx, dy) || 1
  const nx = -dy / len
  const ny = dx / len
  let best: EdgeGeometry | undefined
  for (const off of bend ? OFFSETS.slice(1) : OFFSETS)
    for (const at of off === 0 ? [0.5] : [0.5, 0.35, 0.65]) {
      const c = { x: from.x + dx * at + nx * off, y: from.y + dy * at + ny * off }
      const a = clipToBox(from, c, 1)
      const b = clipToBox(to, c, endGap)
      const pts = sampleQuad(a, c, b)
      const clear = pts.every((p) => obstacles.every((o) => !inside(o, p, 4)))
      const mid = pts[Math.floor(pts.length / 2)] as Point
      const geo = {
        d: off === 0 ? `M${r(a.x)},${r(a.y)}L${r(b.x)},${r(b.y)}` : `M${r(a.x)},${r(a.y)}Q${r(c.x)},${r(c.y)} ${r(b.x)},${r(b.y)}`,
        mid,
        curved: off !== 0,
        clear,
      }
      best ??= geo
      if (clear) return geo
    }
  return { ...(best as EdgeGeometry), clear: false }
}

/** A smooth path through routed points (from the automatic layout), ending `endGap` short of the last. */
export function pathThrough(points: readonly Point[], endGap = 3): EdgeGeometry {
  const pts = [...points]
  const last = pts[pts.length - 1] as Point
  const prev = pts[pts.length - 2] ?? last
  const l = Math.hypot(last.x - prev.x, last.y - prev.y) || 1
  pts[pts.length - 1] = { x: last.x - ((last.x - prev.x) / l) * endGap, y: last.y - ((last.y - prev.y) / l) * endGap }
  const first = pts[0] as Point
  let d = `M${r(first.x)},${r(first.y)}`
  if (pts.length === 2) d += `L${r((pts[1] as Point).x)},${r((pts[1] as Point).y)}`
  for (let i = 1; i < pts.length - 1; i++) {
    const p = pts[i] as Point
    const q = pts[i + 1] as Point
    const end = i === pts.length - 2 ? q : { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }
    d += `Q${r(p.x)},${r(p.y)} ${r(end.x)},${r(end.y)}`
  }
  return { d, mid: pts[Math.floor(pts.length / 2)] as Point, curved: pts.length > 2, clear: true }
}

const r = (v: number) => Math.round(v * 10) / 10

/** The viewBox holding every box with a margin, never smaller than the curated 1000 × 600. */
export function fitViewBox(boxes: readonly Box[], margin = 16, min = { w: 1000, h: 600 }): { x: number; y: number; w: number; h: number } {
  let x0 = 0
  let y0 = 0
  let x1 = min.w
  let y1 = min.h
  for (const b of boxes) {
    x0 = Math.min(x0, b.x - b.w / 2 - margin)
    y0 = Math.min(y0, b.y - b.h / 2 - margin)
    x1 = Math.max(x1, b.x + b.w / 2 + margin)
    y1 = Math.max(y1, b.y + b.h / 2 + margin)
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }
}

/** Pairs of boxes that overlap (with `pad` breathing room): the readability check used by tests. */
export function overlaps(boxes: ReadonlyMap<string, Box>, pad = 0): [string, string][] {
  const list = [...boxes]
  const out: [string, string][] = []
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [ia, a] = list[i] as [string, Box]
      const [ib, b] = list[j] as [string, Box]
      if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 + pad && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + pad) out.push([ia, ib])
    }
  return out
}

/** Gaps the compacted layout keeps between boxes: room for an arrowhead and the corner badges. */
export const GAP = { x: 24, y: 36 }

type Axis = { at: 'x' | 'y'; size: 'w' | 'h' }
const X: Axis = { at: 'x', size: 'w' }
const Y: Axis = { at: 'y', size: 'h' }

/**
 * Positions along one axis pressed together: boxes that overlap across it (with `gap` across) keep their order
 * and `gap` between them along it, boxes an edge joins keep their order (so no arrow turns back); within those
 * limits each keeps its place in proportion (so a node centred under two others stays centred).
 */
function compactAxis(boxes: Box[], along: Axis, across: Axis, gap: { along: number; across: number }, linked: (i: number, j: number) => boolean): number[] {
  const n = boxes.length
  const order = [...boxes.keys()].sort((a, b) => (boxes[a] as Box)[along.at] - (boxes[b] as Box)[along.at])
  const b = (i: number) => boxes[i] as Box
  // How far j must sit after i: a box and a gap when they would meet across; not before it when an edge joins them.
  const need = (i: number, j: number) =>
    b(i)[along.at] >= b(j)[along.at]
      ? null
      : Math.abs(b(i)[across.at] - b(j)[across.at]) < (b(i)[across.size] + b(j)[across.size]) / 2 + gap.across
        ? (b(i)[along.size] + b(j)[along.size]) / 2 + gap.along
        : linked(i, j)
          ? 0
          : null
  const lo = new Array<number>(n).fill(0)
  for (const j of order) {
    lo[j] = b(j)[along.size] / 2
    for (const i of order) {
      const d = need(i, j)
      if (d !== null) lo[j] = Math.max(lo[j] as number, (lo[i] as number) + d)
    }
  }
  const span = Math.max(...boxes.map((x, i) => (lo[i] as number) + x[along.size] / 2))
  const hi = new Array<number>(n).fill(0)
  for (const i of [...order].reverse()) {
    hi[i] = span - b(i)[along.size] / 2
    for (const j of order) {
      const d = need(i, j)
      if (d !== null) hi[i] = Math.min(hi[i] as number, (hi[j] as number) - d)
    }
  }
  const first = Math.min(...boxes.map((x) => x[along.at]))
  const range = Math.max(...boxes.map((x) => x[along.at])) - first || 1
  const out = new Array<number>(n).fill(0)
  const placed: number[] = []
  for (const j of order) {
    const want = ((b(j)[along.at] - first) / range) * span
    let at = Math.min(Math.max(want, lo[j] as number), hi[j] as number)
    for (const i of placed) {
      const d = need(i, j)
      if (d !== null) at = Math.max(at, (out[i] as number) + d)
    }
    out[j] = at
    placed.push(j)
  }
  return out
}

/**
 * The curated arrangement pressed together: rows first (or columns first), until boxes that would meet are
 * `gap` apart; `links` are the node pairs an edge joins. Order and alignment are kept, and labels keep their size, so the picture shrinks less in its column.
 */
export function compactBoxes(
  boxes: ReadonlyMap<string, Box>,
  gap = GAP,
  rowsFirst = true,
  links: readonly (readonly [string, string])[] = [],
): Map<string, Box> {
  const ids = [...boxes.keys()]
  const joined = new Set(links.flatMap(([a, c]) => [`${ids.indexOf(a)}|${ids.indexOf(c)}`, `${ids.indexOf(c)}|${ids.indexOf(a)}`]))
  const linked = (i: number, j: number) => joined.has(`${i}|${j}`)
  const [first, second] = rowsFirst ? [Y, X] : [X, Y]
  const g = (a: Axis) => (a === X ? gap.x : gap.y)
  const list = [...boxes.values()]
  const one = compactAxis(list, first, second, { along: g(first), across: g(second) }, linked)
  const mid = list.map((bx, i) => ({ ...bx, [first.at]: one[i] as number }))
  const two = compactAxis(mid, second, first, { along: g(second), across: g(first) }, linked)
  return new Map(ids.map((id, i) => [id, { ...(mid[i] as Box), [second.at]: two[i] as number }]))
}
