import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fault } from '../mocks/faults'
import { server } from '../mocks/server'
import { studyIds } from '../../scripts/mock-files'
import { renderApp } from '../test/render-app'

// Whole-app renders in jsdom are slow, so only these two smoke tests make them; the user flows run in
// real Chromium (e2e/*.spec.ts). These keep MSW's node handlers and the fault injection honest.
describe('the whole app in jsdom', () => {
  it('the Overview shows one card per curated study, served by MSW', async () => {
    renderApp('/')
    await screen.findByRole('article', { name: /S6K1 amplification confers innate resistance/ })
    expect(screen.getAllByRole('article')).toHaveLength(studyIds().length)
  })

  it('a failing study list shows the failure in its panel, and Retry brings the cards', async () => {
    server.use(fault('500', '*/api/studies.json'))
    renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/study list: the server answered with an error/i)
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument()
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('article', { name: /S6K1 amplification confers innate resistance/ })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
