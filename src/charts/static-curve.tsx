// recharts' Line reads its path's length (getTotalLength, a forced layout) on every render, for a draw-in
// animation our charts switch off. Drawn without handing recharts the path element, it skips that read:
// ~15 ms of each toggle on a study with big series (issue 16, item 10).
import { Curve, type CurveProps } from 'recharts'

/** A Line `shape`: recharts' own curve, with the path ref withheld (see above). */
export function StaticCurve({ pathRef: _withheld, ...props }: CurveProps) {
  return <Curve {...props} />
}
