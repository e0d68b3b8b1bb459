import { readFileSync } from 'node:fs'
import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { createQueryClient } from '../../api/query-client'
import { SeriesList } from '../../domain/schema/series'
import { useViewStore } from '../../state/store'
import { DEFAULT_VIEW } from '../../state/view-state'
import { SeriesPanel } from './SeriesPanel'

const STUDIES = ['mo2022', 'taniguchi2023', 'wu2023', 'zhang2025']
const load = (id: string) => SeriesList.parse(JSON.parse(readFileSync(`mock-data/${id}/series.json`, 'utf8')))

afterEach(() => useViewStore.setState({ ...DEFAULT_VIEW, notices: [] }))
// The panels read their study's conditions (which are baselines) through the query client.
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={createQueryClient({ retry: false })}>{children}</QueryClientProvider>

describe('every curated series draws', () => {
  for (const id of STUDIES)
    it(`${id}: one figure per series, no error, no "not drawn" list`, async () => {
      const series = load(id)
      render(<SeriesPanel series={series} />, { wrapper })
      // Charts mount in batches; wait for the last one.
      await waitFor(() => expect(screen.getAllByRole('figure')).toHaveLength(series.length), { timeout: 50_000 })
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      expect(screen.queryByText(/Not drawn/)).not.toBeInTheDocument()
      for (const s of series) {
        // Two wu2023 panels share a title; pick the one with this series' source.
        const fig = screen.getAllByRole('figure', { name: s.title }).find((f) => f.textContent?.includes(`Source: ${s.source.study} · ${s.source.locator}`))
        if (!fig) throw new Error(`no figure for ${s.id}`)
        expect(within(fig).getByRole('button', { name: 'Show as table' })).toBeInTheDocument()
        expect(within(fig).getByRole('group', { name: 'Export' })).toBeInTheDocument()
      }
    }, 60_000)

  it('with illustrative hidden, series made only of illustrative marks say so instead of vanishing', async () => {
    useViewStore.setState({ hideIllustrative: true })
    const series = load('wu2023')
    render(<SeriesPanel series={series} />, { wrapper })
    const hidden = await screen.findByRole('region', { name: 'IL8 tracks CTNNB1 in TCGA breast tumours' }, { timeout: 50_000 })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(hidden).toHaveTextContent(/illustrative \(not measured\) and the "hide illustrative" switch is on/)
    // The reported metastasis bars (derived from a reported 70 % reduction) stay drawn.
    expect(screen.getByRole('figure', { name: 'Repertaxin cuts lung metastatic burden by 70%' })).toBeInTheDocument()
  }, 60_000)
})

describe('a condition toggle keeps the baseline', () => {
  const one = () => load('wu2023').filter((s) => s.id === 'dr-fig1f-tam-cm')

  it('BCSC CM on: the control-CM curves stay as the comparator (their condition kind is "control")', async () => {
    useViewStore.setState({ drugs: ['tamoxifen'], conditions: ['bcsc-cm'] })
    render(<SeriesPanel series={one()} />, { wrapper })
    const fig = await screen.findByRole('figure', { name: /Tamoxifen response in control vs BCSC/ }, { timeout: 20_000 })
    await waitFor(() => expect(within(fig).getByText('MCF-7, control CM')).toBeInTheDocument())
    expect(within(fig).getByText('MCF-7, BCSC CM')).toBeInTheDocument()
  }, 30_000)

  it('control CM on: the BCSC CM curves, an effect and not a baseline, hide', async () => {
    useViewStore.setState({ drugs: ['tamoxifen'], conditions: ['control-cm'] })
    render(<SeriesPanel series={one()} />, { wrapper })
    const fig = await screen.findByRole('figure', { name: /Tamoxifen response in control vs BCSC/ }, { timeout: 20_000 })
    expect(within(fig).getByText('T47D, control CM')).toBeInTheDocument()
    expect(within(fig).queryByText('T47D, BCSC CM')).not.toBeInTheDocument()
  }, 30_000)
})
