import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useDeferredView } from './deferred-view'

/** Shows the view a chart would draw. */
function Probe({ name, view }: { name: string; view: { label: string; thinned?: string } }) {
  return <p>{`${name}: ${useDeferredView(view).label}`}</p>
}

const nextTask = () => act(() => new Promise((r) => setTimeout(r, 0)))
const big = (label: string) => ({ label, thinned: 'drawn 10 of 1,000 points' })

describe('useDeferredView', () => {
  it('draws a small view at once', () => {
    const { rerender } = render(<Probe name="A" view={{ label: 'one' }} />)
    rerender(<Probe name="A" view={{ label: 'two' }} />)
    expect(screen.getByText('A: two')).toBeTruthy()
  })

  it('after a change, keeps big views until their turn, then redraws them one per task', async () => {
    const { rerender } = render(
      <>
        <Probe name="A" view={big('old')} />
        <Probe name="B" view={big('old')} />
      </>,
    )
    rerender(
      <>
        <Probe name="A" view={big('new')} />
        <Probe name="B" view={big('new')} />
      </>,
    )
    // The click's own render still shows the old views.
    expect(screen.getByText('A: old')).toBeTruthy()
    expect(screen.getByText('B: old')).toBeTruthy()
    await nextTask()
    expect(screen.getByText('A: new')).toBeTruthy()
    expect(screen.getByText('B: old')).toBeTruthy()
    await nextTask()
    await nextTask()
    expect(screen.getByText('B: new')).toBeTruthy()
  })

  it('draws the newest view when it changes again while waiting', async () => {
    const { rerender } = render(<Probe name="A" view={big('first')} />)
    rerender(<Probe name="A" view={big('second')} />)
    rerender(<Probe name="A" view={big('third')} />)
    await nextTask()
    await nextTask()
    expect(screen.getByText('A: third')).toBeTruthy()
  })
})
