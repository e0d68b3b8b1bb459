import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { CorrelationChart } from './correlation/CorrelationChart'
import { correlationCsv, correlationView, pearson } from './correlation/model'
import { DoseResponseChart } from './dose/DoseResponseChart'
import { doseCsv, doseView } from './dose/model'
import { EndpointChart } from './endpoint/EndpointChart'
import { endpointCsv, endpointView } from './endpoint/model'
import { composeSvg } from '../ui/export/compose-svg'
import type { FigureText } from './figure-text'
import { chartKinds } from './kinds'
import { num } from '../domain/format'
import { toCsv } from './export/csv'
import { CORRELATION, DOSE, DOSE_CONTEXT, ENDPOINT, GROWTH, SURVIVAL } from './fixtures.test-data'
import { GrowthChart } from './growth/GrowthChart'
import { growthCsv, growthView } from './growth/model'
import { SurvivalChart } from './survival/SurvivalChart'
import { survivalCsv, survivalView } from './survival/model'

const shown = (n: number) => Array<'shown'>(n).fill('shown')
const noop = () => {}

/** The plot SVG with renderer-generated ids normalised, so the golden file only changes when the drawing does. */
function goldenSvg(figure: HTMLElement): string {
  const svg = figure.querySelector('svg.recharts-surface')!
  return (
    svg.outerHTML
      .replace(/recharts\d+-clip/g, 'recharts-clip')
      .replace(/(«|:|_)r[\w]*?(»|:|_)/g, 'rid')
      .replace(/id="[^"]*?hatch/g, 'id="hatch')
      .replace(/url\(#[^)]*?hatch/g, 'url(#hatch')
      .replace(/></g, '>\n<') + '\n'
  )
}

/** Standalone SVG export: text from the registry's view model, plots from the rendered figure, light palette. */
function exported(figure: HTMLElement, title: string, locator: string, text: FigureText) {
  const plots = [...figure.querySelectorAll<SVGSVGElement>('svg.recharts-surface, svg[data-export]')]
  const provenance = [...new Set(text.legend.flatMap((l) => (l.provenance ? [l.provenance] : [])))]
  return composeSvg({ title, source: `demo2024 · ${locator}`, provenance, ...text }, plots, () => '')
}

describe('SurvivalChart (Kaplan–Meier from subject times)', () => {
  const view = survivalView(SURVIVAL, shown(2))
  const renderIt = () =>
    render(<SurvivalChart title={SURVIVAL.title} study="demo2024" figure="Fig. 1A" fileName="demo" endpoint="OS" view={view} onRangeChange={noop} />)

  it('shows axis labels, censor ticks, a CI band, the number at risk and the HR', () => {
    renderIt()
    const fig = screen.getByRole('figure', { name: SURVIVAL.title })
    expect(fig).toHaveTextContent('Time (months)')
    expect(fig).toHaveTextContent('OS, % of patients')
    expect(fig.querySelectorAll('.censor-tick').length).toBe(view.arms.flatMap((a) => a.censored ?? []).length)
    expect(fig.querySelectorAll('.recharts-area').length).toBe(2)
    // Hand-worked: ticks 0, 6, 12, 18, 24 months; high times 2 4 4 6 8 10, low times 3 6 9 12 14 18 (at risk = time ≥ t).
    expect(screen.getByRole('img', { name: 'Number at risk: Marker high 6, 3, 0, 0, 0; Marker low 6, 5, 3, 1, 0' })).toBeInTheDocument()
    expect(fig).toHaveTextContent('Marker high vs Marker low: HR 2.5 (95% CI 1.1 to 5.6), P = 0.03')
    expect(fig).toHaveTextContent(`Marker high vs Marker low: log-rank P = ${num(view.logRank!.p, 4)} from the subject times`)
    expect(within(fig).getAllByLabelText(/Curve: Kaplan–Meier estimate from 6 subjects/)).toHaveLength(2)
    expect(fig).toHaveTextContent('Source: demo2024 · Fig. 1A')
  })

  it('offers the numbers at risk in the table view', async () => {
    renderIt()
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }))
    const risk = screen.getByRole('table', { name: 'Number at risk' })
    expect(within(risk).getByRole('row', { name: /Marker low/ })).toHaveTextContent('65310')
  })

  it('matches the golden SVG', async () => {
    renderIt()
    await expect(goldenSvg(screen.getByRole('figure'))).toMatchFileSnapshot('__golden__/survival.svg')
  })
})

describe('DoseResponseChart', () => {
  const view = doseView(DOSE, shown(2), false, DOSE_CONTEXT)
  const renderIt = () => render(<DoseResponseChart title={DOSE.title} study="demo2024" figure="Fig. 2B" fileName="demo" view={view} />)

  it('has a log-dose axis with units, readable ticks, IC50 marks and error bars', () => {
    renderIt()
    const fig = screen.getByRole('figure', { name: DOSE.title })
    expect(fig).toHaveTextContent('Drug x (nM, log scale)')
    expect(fig).toHaveTextContent('Viability (% of untreated)')
    for (const t of ['1', '10', '100', '1000']) expect(within(fig).getAllByText(t).length).toBeGreaterThan(0)
    expect(fig.querySelectorAll('.ic50-mark--value').length).toBe(1)
    expect(fig.querySelectorAll('.recharts-errorBar').length).toBeGreaterThan(0)
  })

  it('flags an IC50 beyond the top dose instead of extrapolating, and gives the resistance index', () => {
    renderIt()
    const fig = screen.getByRole('figure', { name: DOSE.title })
    const key = within(fig).getByRole('list', { name: 'Curves' })
    expect(key).toHaveTextContent('IC50 > top dose (1000 nM); 5000 nM lies outside the tested range')
    expect(fig.querySelectorAll('.ic50-mark--bound').length).toBe(1)
    // Bounded at the top dose: RI > 1000/10 = 100.
    expect(fig).toHaveTextContent('Resistant vs Parental: resistance index > 100×')
    expect(within(key).getAllByText('illustrative — not measured').length).toBeGreaterThan(0)
  })

  it('lists IC50s, curves and points in the table view', async () => {
    renderIt()
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }))
    expect(screen.getByRole('row', { name: /Parental: IC50/ })).toHaveTextContent('reported')
    expect(screen.getAllByRole('row', { name: /^Parental 1/ })[0]).toHaveTextContent('90 ± 4 (sd)')
  })

  it('matches the golden SVG', async () => {
    renderIt()
    await expect(goldenSvg(screen.getByRole('figure'))).toMatchFileSnapshot('__golden__/dose-response.svg')
  })
})

describe('GrowthChart', () => {
  const view = growthView(GROWTH, shown(2), false, { relative: false, logScale: false })
  const renderIt = () => render(<GrowthChart title={GROWTH.title} study="demo2024" figure="Fig. 3C" fileName="demo" view={view} onOptionsChange={noop} />)

  it('shows the axes, the dosing window, the reported TGI and the scale controls', () => {
    renderIt()
    const fig = screen.getByRole('figure', { name: GROWTH.title })
    expect(fig).toHaveTextContent('Day')
    expect(fig).toHaveTextContent('Tumour volume (mm³)')
    expect(fig).toHaveTextContent('Shaded: dosing, days 0–14.')
    expect(fig).toHaveTextContent('Drug X: TGI 80 % at day 14')
    expect(fig.querySelectorAll('.recharts-reference-area').length).toBe(1)
    expect(within(fig).getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'false')
    expect(within(fig).getByRole('button', { name: 'Relative to day 0' })).toBeInTheDocument()
  })

  it('relative-to-day-0 divides by the day-0 volume and marks the values derived', () => {
    const rel = growthView(GROWTH, shown(2), false, { relative: true, logScale: true })
    // Hand-worked: vehicle 400 / 100 = 4 at day 14.
    expect(rel.arms[0]!.points.at(-1)).toMatchObject({ t: 14, v: 4, err: 0.2, provenance: 'derived' })
    expect(rel.yLabel).toBe('Relative size (fold of day 0)')
  })

  it('matches the golden SVG', async () => {
    renderIt()
    await expect(goldenSvg(screen.getByRole('figure'))).toMatchFileSnapshot('__golden__/growth.svg')
  })
})

describe('EndpointChart', () => {
  const view = endpointView(ENDPOINT, shown(2), false)
  const renderIt = () => render(<EndpointChart title={ENDPOINT.title} study="demo2024" figure="Fig. 4D" fileName="demo" view={view} />)

  it('draws a solid reported bar and a hatched illustrative bar, with values and an error bar', () => {
    renderIt()
    const fig = screen.getByRole('figure', { name: ENDPOINT.title })
    expect(fig).toHaveTextContent('colonies, % of vehicle (%)')
    expect(fig).toHaveTextContent('30 % (n = 3)')
    const hatched = fig.querySelector('.endpoint-mark--illustrative')!
    expect(hatched.getAttribute('fill')).toMatch(/^url\(#.*hatch-0\)$/)
    expect(fig.querySelector(`pattern[id="${hatched.getAttribute('fill')!.slice(5, -1)}"]`)).not.toBeNull()
    expect(fig.querySelector('.endpoint-mark--reported')!.getAttribute('fill')).toBe('var(--c1)')
    expect(fig.querySelectorAll('.recharts-errorBar').length).toBe(1)
  })

  it('switches to a dot plot and back', async () => {
    renderIt()
    await userEvent.click(screen.getByRole('button', { name: 'Dots' }))
    expect(screen.getByRole('figure').querySelectorAll('g.endpoint-mark circle').length).toBe(2)
  })

  it('has one table row per group', async () => {
    renderIt()
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }))
    expect(screen.getByRole('row', { name: /Parental \+ drug X/ })).toHaveTextContent('± 5 (SD)')
    expect(screen.getByRole('row', { name: /Resistant \+ drug X/ })).toHaveTextContent('illustrative')
  })

  it('matches the golden SVG', async () => {
    renderIt()
    await expect(goldenSvg(screen.getByRole('figure'))).toMatchFileSnapshot('__golden__/endpoint.svg')
  })
})

describe('CorrelationChart', () => {
  const view = correlationView(CORRELATION, false)
  const renderIt = () => render(<CorrelationChart title={CORRELATION.title} study="demo2024" figure="Fig. 5E" fileName="demo" view={view} />)

  it('states the reported r and the r of the drawn points, each with its provenance', () => {
    renderIt()
    const fig = screen.getByRole('figure', { name: CORRELATION.title })
    expect(fig).toHaveTextContent('Marker A (a.u.)')
    expect(fig).toHaveTextContent('Reported: r = 0.8, P < 0.01 reported')
    expect(fig).toHaveTextContent(`Drawn: r = ${pearson([1, 2, 3, 4, 5], [2, 2.5, 4, 4.2, 6])!.toFixed(2)} for the 5 points drawn illustrative`)
    expect(fig.querySelectorAll('.prov-dot--illustrative').length).toBe(5)
  })

  it('computes Pearson r (hand-worked: a perfect line is 1, a mirrored one −1)', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1)
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1)
    expect(pearson([1, 2], [1, 2])).toBeNull()
  })

  it('matches the golden SVG', async () => {
    renderIt()
    await expect(goldenSvg(screen.getByRole('figure'))).toMatchFileSnapshot('__golden__/correlation.svg')
  })
})

describe('exports', () => {
  it('the exported SVG stands alone: title, plot, key, provenance legend and source caption, no CSS variables', () => {
    const view = doseView(DOSE, shown(2), false, DOSE_CONTEXT)
    render(<DoseResponseChart title={DOSE.title} study="demo2024" figure="Fig. 2B" fileName="demo" view={view} />)
    const svg = exported(screen.getByRole('figure'), DOSE.title, 'Fig. 2B', chartKinds['dose-response'].exportText(view, DOSE))
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    const lines = [...doc.querySelectorAll('text')].map((t) => t.textContent)
    const text = lines.join('\n')
    expect(doc.querySelector('title')!.textContent).toBe(DOSE.title)
    expect(text).toContain('Drug x (nM, log scale)')
    expect(lines).toContain('Parental · IC50 10 nM (reported) · drawn: derived')
    expect(text).toContain('illustrative — not measured')
    expect(text).toContain('Resistant vs Parental: resistance index > 100×')
    expect(text).toContain('Source: demo2024 · Fig. 2B')
    expect(svg).not.toContain('var(')
    expect(svg).toContain('#0072b2')
  })

  it('the survival export includes the number-at-risk table under the plot', () => {
    const view = survivalView(SURVIVAL, shown(2))
    render(<SurvivalChart title={SURVIVAL.title} study="demo2024" figure="Fig. 1A" fileName="demo" endpoint="OS" view={view} />)
    const svg = exported(screen.getByRole('figure'), SURVIVAL.title, 'Fig. 1A', chartKinds.survival.exportText(view, SURVIVAL))
    expect(svg).toContain('Number at risk')
    expect((svg.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(3)
  })

  it('CSV rows carry provenance and source for every kind', () => {
    const tables = [
      survivalCsv(survivalView(SURVIVAL, shown(2)), 'demo2024', 'Fig. 1A', 'S'),
      doseCsv(doseView(DOSE, shown(2), false, DOSE_CONTEXT), 'demo2024', 'Fig. 2B', 'D'),
      growthCsv(growthView(GROWTH, shown(2), false, { relative: false, logScale: false }), 'demo2024', 'Fig. 3C', 'G'),
      endpointCsv(endpointView(ENDPOINT, shown(2), false), 'demo2024', 'Fig. 4D', 'E'),
      correlationCsv(correlationView(CORRELATION, false), 'demo2024', 'Fig. 5E', 'C'),
    ]
    for (const t of tables) {
      const lines = toCsv(t).trim().split('\r\n')
      expect(lines[0]).toBe('study,figure,chart,group,x,x_unit,y,y_unit,qualifier,spread,provenance,source,model')
      expect(lines.length).toBeGreaterThan(2)
      for (const l of lines.slice(1)) expect(l).toMatch(/^demo2024,/)
    }
    const endpoint = toCsv(tables[3]!)
    expect(endpoint).toContain('demo2024,Fig. 4D,E,Parental + drug X,,,30,%,,± 5 (SD),reported,Fig. 4D,')
    expect(endpoint).toContain('Resistant + drug X,,,85,%,,,illustrative,Fig. 4D,')
    const dose = toCsv(tables[1]!)
    expect(dose).toContain('Resistant: IC50,1000,nM,50,%,>,,reported,Fig. 2B')
    expect(toCsv(tables[0]!)).toContain('Marker high vs Marker low: hazard ratio,,,2.5,ratio,,95% CI 1.1 to 5.6; P = 0.03,reported,Fig. 1A')
  })

  it('hiding illustrative values drops those marks but keeps reported anchors', () => {
    const v = doseView(DOSE, shown(2), true, DOSE_CONTEXT)
    const resistant = v.curves.find((c) => c.id === 'r')!
    expect(resistant.points).toEqual([])
    expect(resistant.ic50?.provenance).toBe('reported')
    expect(v.hiddenIllustrative).toBeGreaterThan(0)
    expect(endpointView(ENDPOINT, shown(2), true).bars.map((b) => b.label)).toEqual(['Parental + drug X'])
  })
})
