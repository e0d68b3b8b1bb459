import { createContext, useCallback, useContext, useId, useState } from 'react'
import { usePlotArea } from 'recharts'
import { svgId } from './provenance-style'

/** Whether the chart being framed draws any illustrative value; ChartFrame provides it from its provenance list. */
export const IllustrativeShown = createContext(false)

/** Height of the band, in px, and width of the backing behind its words, at the 12 px the words are drawn in. */
const BAND = 20
const BACKING = 212

/**
 * A hatched band along the top of the plot area marked "ILLUSTRATIVE — not measured", drawn inside the
 * chart's SVG whenever it shows illustrative values: faint dotted lines vanish on a projector, this does
 * not, and it travels with SVG and PNG exports.
 */
export function IllustrativeBand() {
  const shown = useContext(IllustrativeShown)
  const area = usePlotArea()
  const id = svgId(useId(), 'illus-band')
  // Stylesheets may set the words larger (slides do, for the projector): band and backing grow to fit them,
  // and a plot too narrow for the whole phrase gets its first word only.
  const [fit, setFit] = useState({ band: BAND, backing: BACKING, fullW: 0 })
  const short = !!area && fit.fullW > 0 && fit.fullW + 20 > area.width
  const areaW = area?.width
  // A new callback when the plot resizes or the words change, so they are measured again.
  const textRef = useCallback(
    (el: SVGTextElement | null) => {
      const box = el?.getBBox?.()
      if (!box || box.width === 0) return
      const band = Math.max(BAND, Math.ceil(box.height) + 4)
      const backing = Math.max(short ? 0 : BACKING, Math.ceil(box.width) + 12)
      const fullW = short ? fit.fullW : box.width
      setFit((f) => (f.band === band && f.backing === backing && f.fullW === fullW ? f : { band, backing, fullW }))
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- areaW is a re-measure trigger, not an input
    [areaW, short, fit.fullW],
  )
  if (!shown || !area) return null
  const { band, backing } = fit
  // Above the plot, in the top margin, so it never covers data near the top of the axis.
  const top = Math.max(0, area.y - band - 2)
  return (
    <g className="illus-band" aria-hidden="true" pointerEvents="none">
      <defs>
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="var(--bg)" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="var(--fg-muted)" strokeWidth="3" strokeOpacity="0.55" />
        </pattern>
      </defs>
      <rect className="illus-band__fill" x={area.x} y={top} width={area.width} height={band} fill={`url(#${id})`} stroke="var(--fg-muted)" strokeWidth="1" />
      <rect x={area.x + 4} y={top + 2} width={Math.min(backing, area.width - 8)} height={band - 4} fill="var(--bg)" />
      <text
        ref={textRef}
        className="illus-band__text"
        x={area.x + 10}
        y={top + band - Math.round(band * 0.3)}
        fontSize="12"
        fontWeight="700"
        letterSpacing="0.06em"
        fill="var(--fg)"
      >
        {short ? 'ILLUSTRATIVE' : 'ILLUSTRATIVE — not measured'}
      </text>
    </g>
  )
}
