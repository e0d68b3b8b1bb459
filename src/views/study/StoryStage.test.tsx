import { readFileSync } from 'node:fs'
import { QueryClientProvider, type UseQueryResult } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createQueryClient } from '../../api/query-client'
import type { Pathway } from '../../domain/schema/pathway'
import { SeriesList, type Series } from '../../domain/schema/series'
import { StudyMeta } from '../../domain/schema/study'
import { useViewStore } from '../../state/store'
import { DEFAULT_VIEW } from '../../state/view-state'
import { StudyContextProvider } from '../common/study-context'
import { ChangeCauseContext } from './change-cause'
import { StoryStage } from './StoryStage'

const read = (file: string) => JSON.parse(readFileSync(`mock-data/mo2022/${file}`, 'utf8'))
const meta = StudyMeta.parse(read('study.json'))
const series = SeriesList.parse(read('series.json'))
// Only the figures are under test: the pathway panel stays "loading".
const pending = { isPending: true, isError: false } as UseQueryResult<Pathway>
const loaded = { isPending: false, isError: false, data: series } as UseQueryResult<Series[]>
const titleOf = (id: string) => series.find((s) => s.id === id)!.title

afterEach(() => useViewStore.setState({ ...DEFAULT_VIEW, notices: [] }))

describe('a step change shows figures drawn ahead (issue 12, item 6)', () => {
  it('Next shows the next step’s figures as the very nodes drawn ahead, unchanged, and unmounts nothing', async () => {
    window.history.replaceState(null, '', '/study/mo2022')
    useViewStore.setState({ ...DEFAULT_VIEW, notices: [] })
    const { container } = render(
      <QueryClientProvider client={createQueryClient({ retry: false })}>
        <StudyContextProvider studies={[meta]}>
          <StoryStage study={meta} pathway={pending} series={loaded} />
        </StudyContextProvider>
      </QueryClientProvider>,
    )
    const [first, second] = meta.steps
    const current = () => container.querySelector<HTMLElement>('.story__figures')!
    await within(current()).findByRole('figure', { name: titleOf(first!.series[0]!) })
    // The next step's column is drawn ahead, hidden from the reader, with every one of its figures.
    await waitFor(() => expect(container.querySelectorAll('.story__ahead figure')).toHaveLength(second!.series.length), { timeout: 20_000 })
    const ahead = [...container.querySelectorAll('.story__ahead figure')]
    expect(ahead.map((f) => within(f as HTMLElement).getByRole('heading', { level: 3, hidden: true }).textContent)).toEqual(second!.series.map(titleOf))
    const left = [...current().querySelectorAll('figure')]
    const changes: MutationRecord[] = []
    const watch = new MutationObserver((records) => changes.push(...records))
    for (const f of [...ahead, ...left]) watch.observe(f, { subtree: true, childList: true, attributes: true, characterData: true })

    act(() => screen.getByRole('button', { name: 'Next step' }).click())

    expect(screen.getByRole('heading', { level: 2, name: second!.title })).toBeInTheDocument()
    // The same figure elements, now on screen, and not one of them (nor the step left behind) redrawn.
    expect([...current().querySelectorAll('figure')]).toEqual(ahead)
    for (const f of ahead) expect(f.isConnected).toBe(true)
    for (const f of left) expect(f.isConnected).toBe(true)
    await act(() => new Promise((r) => setTimeout(r, 50)))
    watch.disconnect()
    // Observed: every figure of both columns; a redrawn chart would have changed its SVG.
    expect(changes.map((c) => `${c.type} in ${(c.target as Element).closest?.('figure')?.getAttribute('aria-labelledby') ?? 'text'}`)).toEqual([])
  })
})

describe('the opening selection is no change to mark', () => {
  it('clears the cause the opening step set; a reader’s step sets it', async () => {
    window.history.replaceState(null, '', '/study/mo2022')
    useViewStore.setState({ ...DEFAULT_VIEW, notices: [] })
    // As the Study view does: every store change names its cause.
    const cause = { current: '' }
    const stop = useViewStore.subscribe(() => (cause.current = 'changed'))
    render(
      <QueryClientProvider client={createQueryClient({ retry: false })}>
        <StudyContextProvider studies={[meta]}>
          <ChangeCauseContext.Provider value={cause}>
            <StoryStage study={meta} pathway={pending} series={loaded} />
          </ChangeCauseContext.Provider>
        </StudyContextProvider>
      </QueryClientProvider>,
    )
    await screen.findByRole('heading', { level: 2, name: meta.steps[0]!.title })
    expect(useViewStore.getState().drugs.length + useViewStore.getState().conditions.length).toBeGreaterThan(0)
    expect(cause.current).toBe('')
    act(() => screen.getByRole('button', { name: 'Next step' }).click())
    expect(cause.current).toBe('changed')
    stop()
  })
})
