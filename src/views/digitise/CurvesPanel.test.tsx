import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useReducer } from 'react'
import { describe, expect, it } from 'vitest'
import { CurvesPanel } from './CurvesPanel'
import { INITIAL, reduce, type DigitiseState } from './digitise-state'

const CALIBRATED: DigitiseState = {
  ...INITIAL,
  image: { url: 'data:,', width: 10, height: 10, name: 'f.png' },
  refs: { x1: { px: 1, py: 9 }, x2: { px: 9, py: 9 }, y1: { px: 1, py: 9 }, y2: { px: 1, py: 1 } },
  values: { x1: '0', x2: '8', y1: '0', y2: '8' },
  mode: { kind: 'add' },
}

/** A 10 × 10 image: white, with a red pixel row at y = 4 between x = 2 and 7. */
function image() {
  const data = new Uint8ClampedArray(400).fill(255)
  for (let x = 2; x <= 7; x++) data.set([214, 39, 40, 255], (4 * 10 + x) * 4)
  return { width: 10, height: 10, data }
}

function Harness({ initial, pixels = null }: { initial: DigitiseState; pixels?: ReturnType<typeof image> | null }) {
  const [state, dispatch] = useReducer(reduce, initial)
  return (
    <>
      <CurvesPanel state={state} dispatch={dispatch} pixels={pixels} />
      <pre aria-label="points">{JSON.stringify(state.curves.map((c) => c.points))}</pre>
    </>
  )
}

describe('CurvesPanel', () => {
  it('adds a typed point through the calibration', async () => {
    const user = userEvent.setup()
    render(<Harness initial={CALIBRATED} />)
    await user.type(screen.getByLabelText('Point x'), '4')
    await user.type(screen.getByLabelText('Point y'), '2')
    await user.click(screen.getByRole('button', { name: 'Add point to Arm 1' }))
    expect(screen.getByLabelText('points')).toHaveTextContent('[[{"px":5,"py":7}],[]]')
    expect(screen.getByRole('status')).toHaveTextContent('Added (4, 2) to Arm 1.')
  })

  it('asks for calibration before a typed point', async () => {
    const user = userEvent.setup()
    render(<Harness initial={{ ...CALIBRATED, values: { ...CALIBRATED.values, y2: '' } }} />)
    await user.type(screen.getByLabelText('Point x'), '4')
    await user.type(screen.getByLabelText('Point y'), '2')
    await user.click(screen.getByRole('button', { name: 'Add point to Arm 1' }))
    expect(screen.getByRole('status')).toHaveTextContent('Calibrate first: Type the values printed at the two y-axis reference points.')
  })

  it('traces the active curve by its colour, and says when the colour is absent', async () => {
    const user = userEvent.setup()
    render(<Harness initial={{ ...CALIBRATED, active: 1 }} pixels={image()} />)
    await user.click(screen.getByRole('button', { name: 'Trace Arm 2 by colour' }))
    expect(screen.getByRole('status')).toHaveTextContent('Traced 6 points for Arm 2.')
    expect(screen.getByLabelText('points')).toHaveTextContent('[[],[{"px":2.5,"py":4.5},{"px":3.5,"py":4.5}')
    await user.click(screen.getByRole('radio', { name: /Arm 1/ }))
    await user.click(screen.getByRole('button', { name: 'Trace Arm 1 by colour' }))
    expect(screen.getByRole('status')).toHaveTextContent('No pixels of #1f77b4 (within tolerance 60) in the plot area.')
  })
})

describe('CurvesPanel for other kinds of plot', () => {
  it('bar charts are read by clicking, not tracing; more curves can be added and removed', async () => {
    const user = userEvent.setup()
    render(<Harness initial={{ ...CALIBRATED, chartType: 'bar' }} />)
    expect(screen.queryByRole('button', { name: /by colour/ })).not.toBeInTheDocument()
    expect(screen.getByText(/click the top of each bar/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add a bar set' }))
    expect(screen.getByRole('textbox', { name: 'Name of bar set 3' })).toHaveValue('Curve 3')
    expect(screen.getByRole('radio', { name: /Curve 3/ })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Remove Arm 1' }))
    expect(screen.getAllByRole('radio')).toHaveLength(2)
  })

  it('dose-response curves are traced through the middle of the line', async () => {
    const user = userEvent.setup()
    render(<Harness initial={{ ...CALIBRATED, chartType: 'dose-response', active: 1 }} pixels={image()} />)
    await user.click(screen.getByRole('button', { name: 'Trace Arm 2 by colour' }))
    expect(screen.getByRole('status')).toHaveTextContent('Traced 6 points for Arm 2.')
  })
})
