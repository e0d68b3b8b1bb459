import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render-app'
import { useViewStore } from '../../state/store'

// The machine is shared: generous waits for the lazy view chunk and data.
const slow = { timeout: 10_000 }
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
    expect(screen.getByText('Slide 1 of 10')).toBeInTheDocument()
    await userEvent.keyboard('{ArrowRight}')
    expect(await slideHeading('Methods at a glance')).toBeInTheDocument()
    expect(window.location.search).toContain('slide=2')
    await userEvent.keyboard(' ')
    await slideHeading('Palbociclib holds back tumours with normal S6K1')
    await userEvent.keyboard('{ArrowLeft}')
    await slideHeading('Methods at a glance')
    await userEvent.keyboard('{End}')
    await slideHeading('Take-home')
    await userEvent.keyboard('{Home}')
    expect(screen.getByText('Slide 1 of 10')).toBeInTheDocument()
    await userEvent.keyboard('7{Enter}')
    await slideHeading('An mTOR inhibitor restores the palbociclib response')
    expect(screen.getByText('Slide 7 of 10')).toBeInTheDocument()
  })

  it('a step slide shows its claim, the pathway in the step state and its key figure; the methods slide reads the data', async () => {
    renderApp('/present/mo2022?slide=4')
    await slideHeading('S6K1-amplified tumours escape palbociclib')
    // Arriving sets the step's state in one move: its drug and its condition.
    expect(useViewStore.getState()).toMatchObject({ drugs: ['palbociclib'], conditions: ['s6k1-amp'] })
    expect(await screen.findByRole('group', { name: 'mo2022 pathway' }, slow)).toBeInTheDocument()
    expect(await screen.findByRole('figure', { name: /Palbociclib in S6K1-amplified and wild-type breast cancer organoids/ }, slow)).toBeInTheDocument()
    await userEvent.keyboard('{Home}{ArrowRight}')
    await slideHeading('Methods at a glance')
    const methods = screen.getByRole('article', { name: 'Methods at a glance' })
    expect(within(methods).getByText('Cohorts, n')).toBeInTheDocument()
    expect(within(methods).getByText('Statistics')).toBeInTheDocument()
  })

  it('predict, then reveal: the set-up and question first, the data on the next key; the switch lives in the URL', async () => {
    renderApp('/present/mo2022?slide=2')
    const predict = await screen.findByRole('button', { name: /Predict, then reveal/ }, slow)
    await userEvent.click(predict)
    expect(window.location.search).toContain('predict=on')
    ;(document.activeElement as HTMLElement).blur()
    await userEvent.keyboard('{ArrowRight}')
    await slideHeading('What do you expect?')
    expect(screen.getByText(/If S6K1 amplification drives resistance/)).toBeInTheDocument()
    expect(screen.getByText('Measured')).toBeInTheDocument()
    await userEvent.keyboard('{ArrowRight}')
    await slideHeading('Palbociclib holds back tumours with normal S6K1')
    expect(screen.getByText('Slide 3 of 10')).toBeInTheDocument()
  })

  it('T builds the rescue from the step’s before to its after selection and back; B does the same; the help lists it', async () => {
    renderApp('/present/mo2022?slide=7')
    await slideHeading('An mTOR inhibitor restores the palbociclib response')
    expect(useViewStore.getState()).toMatchObject({ drugs: ['palbociclib'], conditions: ['s6k1-amp'] })
    await userEvent.keyboard('t')
    expect(useViewStore.getState()).toMatchObject({ drugs: ['palbociclib', 'everolimus', 'rapamycin'], conditions: ['s6k1-amp'] })
    expect(screen.getByRole('button', { name: /Add Everolimus \/ Rapamycin/ })).toHaveAttribute('aria-pressed', 'true')
    expect(within(screen.getByRole('article', { name: 'An mTOR inhibitor restores the palbociclib response' })).getByText('+ Everolimus / Rapamycin')).toBeInTheDocument()
    await userEvent.keyboard('b')
    expect(useViewStore.getState().drugs).toEqual(['palbociclib'])
    await userEvent.keyboard('?')
    const help = screen.getByRole('region', { name: 'Keys' })
    expect(within(help).getByText('Add Everolimus / Rapamycin')).toBeInTheDocument()
    expect(within(help).getByText('T / B')).toBeInTheDocument()
  })

  it('the presenter view shows notes, the next slide and a timer', async () => {
    sessionStorage.clear()
    renderApp('/present/mo2022?slide=6&presenter=1')
    await screen.findByRole('heading', { level: 1, name: /Presenter view/ }, slow)
    const notes = screen.getByRole('region', { name: /Notes/ })
    expect(within(notes).getByText(/^Build: the slide opens without c-Myc re-expression/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Next: An mTOR inhibitor restores the palbociclib response' })).toBeInTheDocument()
    expect(screen.getByRole('timer', { name: 'Elapsed time' })).toHaveTextContent('00:00')
    // The timer's start is kept for this tab, so a reload does not reset it.
    expect(JSON.parse(sessionStorage.getItem('present:timer')!)).toMatchObject({ pausedAt: null })
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
