import { useRef, useState, type PointerEvent } from 'react'
import type { PixelPoint } from '../../domain/digitise'
import type { Action, DigitiseState, RefName } from './digitise-state'

/** Props of PlotCanvas. */
interface Props {
  state: DigitiseState
  dispatch: (a: Action) => void
  /** A click in pick-colour mode: the image coordinates picked. */
  onPickColour: (at: PixelPoint) => void
}

const REF_LABEL: Record<RefName, string> = { x1: 'x₁', x2: 'x₂', y1: 'y₁', y2: 'y₂' }

/** Image coordinates of a pointer event (the SVG's viewBox is the image's own pixel grid). */
function imagePoint(svg: SVGSVGElement, e: PointerEvent): PixelPoint {
  const box = svg.getBoundingClientRect()
  const vb = svg.viewBox.baseVal
  return { px: ((e.clientX - box.left) / box.width) * vb.width, py: ((e.clientY - box.top) / box.height) * vb.height }
}

/**
 * The loaded figure with the references and captured points on top. A click places a reference,
 * adds a point, picks a colour, or (erase) removes the nearest point; in move mode points drag.
 */
export function PlotCanvas({ state, dispatch, onPickColour }: Props) {
  const svgRef = useRef<SVGSVGElement>(null)
  const [dragging, setDragging] = useState<number | null>(null)
  const image = state.image
  if (!image) return null
  const { mode } = state
  const active = state.curves[state.active]
  // A marker is a few screen pixels whatever the image size.
  const r = Math.max(image.width, image.height) / 300

  const nearest = (at: PixelPoint): number | null => {
    if (!active?.points.length) return null
    let best = -1
    let dist = Infinity
    active.points.forEach((p, i) => {
      const d = Math.hypot(p.px - at.px, p.py - at.py)
      if (d < dist) {
        dist = d
        best = i
      }
    })
    return dist <= 6 * r ? best : null
  }

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    // No text selection or native image drag: a second drag would otherwise start a drag-and-drop
    // of the selection, and the browser would stop sending pointer events.
    e.preventDefault()
    const at = imagePoint(e.currentTarget, e)
    if (mode.kind === 'calibrate') dispatch({ type: 'ref', ref: mode.ref, at })
    else if (mode.kind === 'add') dispatch({ type: 'add-point', at })
    else if (mode.kind === 'pick-colour') onPickColour(at)
    else {
      const i = nearest(at)
      if (i === null) return
      if (mode.kind === 'erase') dispatch({ type: 'delete-point', index: i })
      else setDragging(i)
    }
  }
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (dragging !== null && svgRef.current) dispatch({ type: 'move-point', index: dragging, at: imagePoint(svgRef.current, e) })
  }
  const modeWords =
    mode.kind === 'calibrate'
      ? `click the ${REF_LABEL[mode.ref]} reference point`
      : mode.kind === 'add'
        ? `click to add points to ${active?.label}`
        : mode.kind === 'pick-colour'
          ? `click the curve of ${active?.label} to pick its colour`
          : mode.kind === 'move'
            ? 'drag a point to move it'
            : 'click a point to delete it'

  return (
    <figure className="digitise-canvas">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${image.width} ${image.height}`}
        role="img"
        aria-label={`Figure being digitised: ${image.name}; ${modeWords}`}
        data-mode={mode.kind}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => {
          // The browser may fold the last move into the release: place the point where it was let go.
          if (dragging !== null) dispatch({ type: 'move-point', index: dragging, at: imagePoint(e.currentTarget, e) })
          setDragging(null)
        }}
        onPointerLeave={() => setDragging(null)}
      >
        <image href={image.url} width={image.width} height={image.height} />
        {(Object.keys(REF_LABEL) as RefName[]).map((k) => {
          const p = state.refs[k]
          if (!p) return null
          const isX = k.startsWith('x')
          return (
            <g key={k} className="digitise-ref">
              <line
                x1={isX ? p.px : p.px - 4 * r}
                x2={isX ? p.px : p.px + 4 * r}
                y1={isX ? p.py - 4 * r : p.py}
                y2={isX ? p.py + 4 * r : p.py}
                strokeWidth={r / 2}
              />
              <text x={p.px + 2 * r} y={p.py - 2 * r} fontSize={5 * r}>
                {REF_LABEL[k]}
              </text>
            </g>
          )
        })}
        {state.curves.map((c, ci) => (
          <g key={ci} fill={c.colour} stroke="#fff" strokeWidth={r / 4} opacity={ci === state.active ? 1 : 0.55}>
            {c.points.map((p, i) => (
              <circle key={i} cx={p.px} cy={p.py} r={c.points.length > 200 ? r * 0.6 : r} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="digitise-canvas__mode" aria-live="polite">
        Now: {modeWords}.
      </figcaption>
    </figure>
  )
}
