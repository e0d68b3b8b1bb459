import { readFileSync } from 'node:fs'
import { Profiler } from 'react'
import { act, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CORRELATION, DOSE, ENDPOINT, GROWTH, SURVIVAL, WATERFALL } from '../../charts/fixtures.test-data'
import { SeriesList } from '../../domain/schema/series'
import { StudyMeta } from '../../domain/schema/study'
import { useViewStore } from '../../state/store'
import { DEFAULT_VIEW } from '../../state/view-state'
import { SeriesFigure } from './SeriesFigure'
import { StudyContextProvider } from './study-context'
import * as ids from '../../test/ids'

afterEach(() => useViewStore.setState({ ...DEFAULT_VIEW, notices: [] }))

describe('SeriesFigure draws every kind through the registry', () => {
  it.each([SURVIVAL, DOSE, GROWTH, ENDPOINT, CORRELATION, WATERFALL].map((s) => [s.kind, s] as const))(
    '%s: a titled figure with its source, table switch and export',
    async (_kind, series) => {
      render(<SeriesFigure series={series} />)
      // The chart's code is a lazy chunk: the figure appears once it has loaded.
      const fig = await screen.findByRole('figure', { name: series.title })
      expect(fig).toHaveTextContent(`Source: ${series.source.study} · ${series.source.locator}`)
      expect(screen.getByRole('button', { name: 'Show as table' })).toBeInTheDocument()
      expect(screen.getByRole('group', { name: 'Export' })).toBeInTheDocument()
    },
  )

  it('says why a figure is empty when the switch hides its only (illustrative) marks', () => {
    useViewStore.setState({ hideIllustrative: true })
    const onlyIllustrative = { ...WATERFALL, bars: WATERFALL.bars.filter((b) => b.value.provenance === 'illustrative') }
    render(<SeriesFigure series={onlyIllustrative} />)
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: WATERFALL.title })).toHaveTextContent(
      /Every bar of this figure is illustrative \(not measured\) and the "hide illustrative" switch is on/,
    )
  })

  it('says which toggles hid every group', () => {
    // A combination bar hides when only one of its drugs is on.
    useViewStore.setState({ drugs: ids.agents('x') })
    const comboOnly = { ...WATERFALL, bars: [{ ...WATERFALL.bars[0]!, agents: ids.agents('x', 'y') }] }
    render(<SeriesFigure series={comboOnly} />)
    expect(screen.getByRole('region', { name: WATERFALL.title })).toHaveTextContent('No bar matches the current drug and condition toggles.')
  })
})

describe('a condition toggle keeps the baseline (read from Condition.kind)', () => {
  const read = (file: string) => JSON.parse(readFileSync(`mock-data/wu2023/${file}`, 'utf8'))
  const meta = StudyMeta.parse(read('study.json'))
  const series = SeriesList.parse(read('series.json')).find((s) => s.id === 'dr-fig1f-tam-cm')!
  const renderIt = () =>
    render(
      <StudyContextProvider studies={[meta]}>
        <SeriesFigure series={series} />
      </StudyContextProvider>,
    )

  it('BCSC CM on: the control-medium curves stay as the comparator', async () => {
    useViewStore.setState({ drugs: ids.agents('tamoxifen'), conditions: ids.conditions('bcsc-cm') })
    renderIt()
    const fig = await screen.findByRole('figure', { name: series.title })
    expect(within(fig).getByText('MCF-7, control CM')).toBeInTheDocument()
    expect(within(fig).getByText('MCF-7, BCSC CM')).toBeInTheDocument()
  })

  it('control CM on: the BCSC CM curves, an effect and not a baseline, hide', async () => {
    useViewStore.setState({ drugs: ids.agents('tamoxifen'), conditions: ids.conditions('control-cm') })
    renderIt()
    const fig = await screen.findByRole('figure', { name: series.title })
    expect(within(fig).getByText('T47D, control CM')).toBeInTheDocument()
    expect(within(fig).queryByText('T47D, BCSC CM')).not.toBeInTheDocument()
  })
})

describe('a toggle redraws only the figures it affects (issue 16; issue 12, item 6)', () => {
  it('counts commits per figure: the figure whose groups use the drug redraws, the others do not', async () => {
    const commits = new Map<string, number>()
    const onRender = (id: string) => commits.set(id, (commits.get(id) ?? 0) + 1)
    const figures = [DOSE, GROWTH, WATERFALL]
    render(
      <>
        {figures.map((s) => (
          <Profiler key={s.id} id={s.id} onRender={onRender}>
            <SeriesFigure series={s} />
          </Profiler>
        ))}
      </>,
    )
    for (const s of figures) await screen.findByRole('figure', { name: s.title })
    commits.clear()
    // Only the waterfall's bars name drug "x".
    act(() => useViewStore.setState({ drugs: ids.agents('x') }))
    // The waterfall commits (recharts may take a second commit to settle its own layout); the others not once.
    expect([...commits.keys()]).toEqual([WATERFALL.id])
  })
})
