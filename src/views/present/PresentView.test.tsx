import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render-app'
import { useViewStore } from '../../state/store'

// The machine is shared: generous waits for the lazy view chunk and data.
const slow = { timeout: 5000 }
const slideHeading = async (name: RegExp | string) => screen.findByRole('heading', { level: 2, name }, slow)

describe('present mode', { timeout: 30_000 }, () => {
  it('lists the studies to present on /present', async () => {
    renderApp('/present')
    expect(await screen.findByRole('link', { name: 'Present mo2022' }, slow)).toHaveAttribute('href', '/present/mo2022')
    expect(screen.getByRole('link', { name: 'Presenter view of zhang2025' })).toHaveAttribute('href', '/present/zhang2025?presenter=1')
    // The key list comes from the registered actions.
    expect(screen.getByText('Next slide, or reveal the data')).toBeInTheDocument()
  })

  it('opens on the title slide and moves with the keys, writing the slide to the URL', async () => {
    renderApp('/present/mo2022')
    await slideHeading(/S6K1 amplification/)
    expect(screen.getByText('Slide 1 of 16')).toBeInTheDocument()
    await userEvent.keyboard('{ArrowRight}')
    expect(await slideHeading('S6K1 amplification shows up only in innate resisters')).toBeInTheDocument()
    expect(window.location.search).toContain('slide=2')
    await userEvent.keyboard(' ')
    await slideHeading('S6K1 gain is common in breast cancer and tracks relapse')
    await userEvent.keyboard('{ArrowLeft}')
    await slideHeading('S6K1 amplification shows up only in innate resisters')
    await userEvent.keyboard('{End}')
    await slideHeading('Take-home')
    await userEvent.keyboard('{Home}')
    expect(screen.getByText('Slide 1 of 16')).toBeInTheDocument()
    await userEvent.keyboard('8{Enter}')
    await slideHeading('An mTOR inhibitor plus palbociclib shrinks an amplified PDX')
    expect(screen.getByText('Slide 8 of 16')).toBeInTheDocument()
  })

  it('shows the claim, its numbers with provenance, and the chart that shows it', async () => {
    renderApp('/present/mo2022?slide=4')
    await slideHeading('High S6K1 predicts early progression on palbociclib')
    const stats = screen.getByRole('list', { name: 'Numbers behind the claim' })
    expect(within(stats).getByText('3.0, 95% CI 1.0 to 8.8, P = 0.0072, n = 37')).toBeInTheDocument()
    expect(within(stats).getAllByText('reported').length).toBeGreaterThan(0)
    expect(await screen.findByRole('figure', { name: /progression-free survival on palbociclib by S6K1/i }, slow)).toBeInTheDocument()
  })

  it('predict, then reveal: the set-up and question first, the data on the next key; the switch lives in the URL', async () => {
    renderApp('/present/mo2022?slide=1')
    const predict = await screen.findByRole('button', { name: /Predict, then reveal/ }, slow)
    await userEvent.click(predict)
    expect(window.location.search).toContain('predict=on')
    ;(document.activeElement as HTMLElement).blur()
    await userEvent.keyboard('{ArrowRight}')
    await slideHeading('What do you expect?')
    expect(screen.getByText(/should it appear before treatment, after progression, or both\?/)).toBeInTheDocument()
    expect(screen.getByText('Measured')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Numbers behind the claim' })).not.toBeInTheDocument()
    await userEvent.keyboard('{ArrowRight}')
    await slideHeading('S6K1 amplification shows up only in innate resisters')
    expect(screen.getByText('Slide 2 of 16')).toBeInTheDocument()
  })

  it('T adds the slide’s partner drug through the registered action, and the help lists it', async () => {
    renderApp('/present/mo2022?slide=8')
    await slideHeading('An mTOR inhibitor plus palbociclib shrinks an amplified PDX')
    await userEvent.keyboard('t')
    expect(useViewStore.getState().drugs).toEqual(['palbociclib', 'rapamycin'])
    expect(screen.getByRole('button', { name: /Add Rapamycin/ })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard('t')
    expect(useViewStore.getState().drugs).toEqual(['palbociclib'])
    await userEvent.keyboard('?')
    const help = screen.getByRole('region', { name: 'Keys' })
    expect(within(help).getByText('Add Rapamycin')).toBeInTheDocument()
    expect(within(help).getByText('→ / Space')).toBeInTheDocument()
  })

  it('the presenter view shows notes, the next slide and a timer', async () => {
    renderApp('/present/mo2022?slide=2&presenter=1')
    await screen.findByRole('heading', { level: 1, name: /Presenter view/ }, slow)
    const notes = screen.getByRole('region', { name: 'Notes' })
    expect(within(notes).getByText(/A heavily pre-treated real-world group/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Next: S6K1 gain is common in breast cancer and tracks relapse' })).toBeInTheDocument()
    expect(screen.getByRole('timer', { name: 'Elapsed time' })).toHaveTextContent('00:00')
  })

  it('every study presents end to end', async () => {
    for (const id of ['taniguchi2023', 'wu2023', 'zhang2025']) {
      const { unmount } = renderApp(`/present/${id}`)
      await screen.findByText(/^Slide 1 of \d+$/, {}, slow)
      await userEvent.keyboard('{End}')
      await slideHeading('Take-home')
      unmount()
    }
  })
})
