import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { usePlotTurn } from './usePlotTurn'

/** Shows whether its plot may draw, as a person would see it: the plot, or a placeholder. */
function Probe({ name, big }: { name: string; big: boolean }) {
  return <p>{usePlotTurn(big) ? `${name} drawn` : `${name} waiting`}</p>
}

/** Lets queued timers (one per turn) and the renders they start run. */
const nextTask = () => act(() => new Promise((r) => setTimeout(r, 0)))

describe('usePlotTurn', () => {
  it('draws small charts at once', () => {
    render(<Probe name="small" big={false} />)
    expect(screen.getByText('small drawn')).toBeTruthy()
  })

  it('lets big charts draw one per task, in mount order', async () => {
    render(
      <>
        <Probe name="A" big />
        <Probe name="B" big />
      </>,
    )
    expect(screen.getByText('A waiting')).toBeTruthy()
    expect(screen.getByText('B waiting')).toBeTruthy()
    await nextTask()
    expect(screen.getByText('A drawn')).toBeTruthy()
    expect(screen.getByText('B waiting')).toBeTruthy()
    await nextTask()
    await nextTask()
    expect(screen.getByText('B drawn')).toBeTruthy()
  })

  it('passes the turn on when a waiting chart goes away', async () => {
    const { rerender } = render(
      <>
        <Probe key="A" name="A" big />
        <Probe key="B" name="B" big />
      </>,
    )
    rerender(
      <>
        <Probe key="B" name="B" big />
      </>,
    )
    await nextTask()
    await nextTask()
    expect(screen.getByText('B drawn')).toBeTruthy()
  })
})
