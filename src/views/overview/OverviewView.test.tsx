import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fault } from '../../mocks/faults'
import { server } from '../../mocks/server'
import { renderApp } from '../../test/render-app'

describe('Overview', () => {
  it('shows the mo2022 card with cancer, drug resisted and mechanism', async () => {
    renderApp('/')
    const card = await screen.findByRole('article', { name: /S6K1 amplification confers innate resistance/ })
    expect(card).toHaveTextContent('ER+/HER2− metastatic breast cancer')
    expect(card).toHaveTextContent(/Resists\s*Palbociclib/)
    expect(card).toHaveTextContent('c-Myc')
  })

  it('opens the study from its card, keeping the toggles in the link', async () => {
    renderApp('/?theme=dark')
    const card = await screen.findByRole('article', { name: /S6K1 amplification/ })
    await userEvent.click(within(card).getByRole('link'))
    expect(window.location.pathname).toBe('/study/mo2022')
    expect(window.location.search).toBe('?theme=dark')
    // The study's own heading: its charts are another panel's business (and heavy in jsdom).
    expect(await screen.findByText(/S6K1 amplification confers innate resistance/, { selector: 'h1' }, { timeout: 25_000 })).toBeInTheDocument()
  }, 40_000)

  it('drops unknown and malformed URL parameters with a visible notice instead of failing', async () => {
    renderApp('/?bogus=1&drugs=palbociclib,Not%20An%20Id,nosuchdrug&theme=neon')
    const notice = await screen.findByRole('status', { name: '' })
    expect(notice).toHaveTextContent('Ignored unknown URL parameter "bogus"')
    expect(notice).toHaveTextContent('Ignored malformed drug id: "Not An Id"')
    expect(notice).toHaveTextContent('Ignored theme="neon"')
    expect(await screen.findByText(/Ignored unknown drug id "nosuchdrug"/)).toBeInTheDocument()
    expect(await screen.findByRole('article', { name: /S6K1 amplification/ })).toBeInTheDocument()
    expect(new URLSearchParams(window.location.search).get('drugs')).toBe('palbociclib')
  })

  it('a failing study list shows an error with Retry while navigation still works', async () => {
    server.use(fault('500', '*/api/studies.json'))
    renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/study list: the server answered with an error/i)
    await userEvent.click(screen.getByRole('link', { name: 'Compare' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare' })).toBeInTheDocument()
  })

  it('D switches the theme through the registered action', async () => {
    renderApp('/')
    await screen.findByRole('article', { name: /S6K1 amplification/ })
    await userEvent.keyboard('d')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(screen.getByRole('button', { name: /Dark theme/ })).toHaveAttribute('aria-pressed', 'true')
    expect(window.location.search).toBe('?theme=dark')
  })

  it('Overview parameters naming nothing are dropped from the link with a notice; the rest are kept', async () => {
    renderApp('/?drug=nosuch&call=maybe&class=bogus&q=HER3&cancer=ER%2B%2FHER2%E2%88%92%20metastatic%20breast%20cancer')
    expect(await screen.findByText(/Ignored drug="nosuch" from the link/, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByText(/Ignored class="bogus"/)).toBeInTheDocument()
    expect(screen.getByText(/Ignored call="maybe"/)).toBeInTheDocument()
    const params = new URLSearchParams(window.location.search)
    expect([...params.keys()]).toEqual(['q', 'cancer'])
    expect(screen.getByRole('searchbox')).toHaveValue('HER3')
  })
})
