import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { studyIds } from '../../scripts/mock-files'
import { Pathway } from '../domain/schema/pathway'
import { clipToBox, labelCut, overlaps, routeEdge, sampleQuad, wrapLabel } from './geometry'
import { autoLayout, compactLayout, curatedLayout, drawScale, layoutForRoom } from './layout'

// Expected values are worked by hand from the formulas, not copied from output.
describe('geometry', () => {
  it('wraps at 14 characters, at most 3 lines', () => {
    expect(wrapLabel('Drug-tolerant persistence, then resistance')).toEqual(['Drug-tolerant', 'persistence,', 'then resistance'])
    expect(wrapLabel('NRG1')).toEqual(['NRG1'])
    expect(wrapLabel('a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd')).toHaveLength(3)
    expect(labelCut('NRG1')).toBe(false)
  })

  it('cuts an unbroken 10,000-character label to the box, with an ellipsis', () => {
    const lines = wrapLabel('W'.repeat(10_000))
    expect(lines).toEqual([`${'W'.repeat(21)}…`])
    expect(labelCut('W'.repeat(10_000))).toBe(true)
  })

  it('clips a ray to the box edge: from (0,0) in a 100×40 box towards (100,100) leaves through the bottom at (20,20)', () => {
    // t = min(50/100, 20/100) = 0.2 → (20, 20).
    expect(clipToBox({ x: 0, y: 0, w: 100, h: 40 }, { x: 100, y: 100 })).toEqual({ x: 20, y: 20 })
  })

  it('goes straight when clear and bends round a box in the way', () => {
    const a = { x: 0, y: 0, w: 40, h: 20 }
    const b = { x: 400, y: 0, w: 40, h: 20 }
    expect(routeEdge(a, b, []).curved).toBe(false)
    const wall = { x: 200, y: 0, w: 60, h: 60 }
    const bent = routeEdge(a, b, [wall])
    expect(bent.curved).toBe(true)
    // The bend must keep every sampled point outside the wall.
    const m = /M([\d.-]+),([\d.-]+)Q([\d.-]+),([\d.-]+) ([\d.-]+),([\d.-]+)/.exec(bent.d)?.slice(1).map(Number) as number[]
    const pts = sampleQuad({ x: m[0]!, y: m[1]! }, { x: m[2]!, y: m[3]! }, { x: m[4]!, y: m[5]! })
    expect(pts.every((p) => Math.abs(p.x - 200) >= 30 || Math.abs(p.y) >= 30)).toBe(true)
  })
})

describe('every curated layout is readable', () => {
  it.each(studyIds())('%s: no two node boxes overlap or come closer than 12 units', (id) => {
    const p = Pathway.parse(JSON.parse(readFileSync(`mock-data/${id}/pathway.json`, 'utf8')))
    const layout = curatedLayout(p.nodes, p.edges)
    expect(layout?.source).toBe('curated')
    expect(overlaps(layout?.boxes ?? new Map(), 12)).toEqual([])
    // Every edge is routed clear of the boxes it does not join.
    expect([...(layout?.edges ?? [])].filter(([, g]) => !g.clear).map(([e]) => e)).toEqual([])
  })

  it('a study without coordinates gets the layered layout, also without overlaps', async () => {
    const p = Pathway.parse(JSON.parse(readFileSync('mock-data/zhang2025/pathway.json', 'utf8')))
    const bare = p.nodes.map(({ layout: _drop, ...n }) => n)
    expect(curatedLayout(bare, p.edges)).toBeNull()
    const auto = await autoLayout(bare, p.edges)
    expect(auto.source).toBe('auto')
    expect(overlaps(auto.boxes, 12)).toEqual([])
    // Layered: every non-feedback edge points downwards (dagre reverses one edge of each cycle).
    const down = p.edges.filter((e) => (auto.boxes.get(e.to)?.y ?? 0) > (auto.boxes.get(e.from)?.y ?? 0))
    expect(down.length).toBeGreaterThanOrEqual(p.edges.length - 1)
  })
})

describe('compacted layouts (narrow, height-capped rooms such as the Study view story column)', () => {
  const load = (id: string) => Pathway.parse(JSON.parse(readFileSync(`mock-data/${id}/pathway.json`, 'utf8')))

  it.each(studyIds().flatMap((id) => [[id, true] as const, [id, false] as const]))(
    '%s (rows first: %s): readable, each edge keeps its direction',
    (id, rowsFirst) => {
      const p = load(id)
      const curated = curatedLayout(p.nodes, p.edges)!
      const c = compactLayout(curated, p.edges, rowsFirst)
      expect(c).not.toBeNull()
      expect(overlaps(c!.boxes, 12)).toEqual([])
      expect([...c!.edges].filter(([, g]) => !g.clear).map(([e]) => e)).toEqual([])
      // Left-to-right and top-to-bottom order between the two ends of every edge is kept (ties may stay ties).
      const was = curated.boxes
      const now = c!.boxes
      for (const { from, to } of p.edges)
        for (const [ia, ib] of [
          [from, to],
          [to, from],
        ] as const) {
          if (was.get(ia)!.x < was.get(ib)!.x) expect(now.get(ia)!.x, `${ia} left of ${ib}`).toBeLessThanOrEqual(now.get(ib)!.x)
          if (was.get(ia)!.y < was.get(ib)!.y) expect(now.get(ia)!.y, `${ia} above ${ib}`).toBeLessThanOrEqual(now.get(ib)!.y)
        }
    },
  )

  it.each(studyIds())('%s: one of the two compactions is at least a quarter narrower than the curated drawing', (id) => {
    const p = load(id)
    const curated = curatedLayout(p.nodes, p.edges)!
    const widths = [true, false].map((rf) => compactLayout(curated, p.edges, rf)?.viewBox.w ?? Infinity)
    expect(Math.min(...widths)).toBeLessThan(curated.viewBox.w * 0.75)
  })

  it('draws the curated layout as it is in a wide room or one without a height cap, and larger in a narrow capped one', () => {
    const p = load('mo2022')
    const curated = curatedLayout(p.nodes, p.edges)!
    expect(layoutForRoom(curated, p.edges, { w: 1200, h: 800 })).toBe(curated)
    expect(layoutForRoom(curated, p.edges, { w: 400, h: null })).toBe(curated)
    const room = { w: 560, h: 480 }
    const fitted = layoutForRoom(curated, p.edges, room)
    expect(fitted).not.toBe(curated)
    // 560 px for the 1000-unit curated drawing is 0.56 px per unit (labels at 9 px); compacted it must do better.
    expect(drawScale(curated.viewBox, room)).toBeCloseTo(0.56, 2)
    expect(drawScale(fitted.viewBox, room)).toBeGreaterThan(0.875)
  })
})
