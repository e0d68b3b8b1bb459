import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { WATERFALL } from '../fixtures.test-data'
import { waterfallView } from './model'
import { WaterfallChart } from './WaterfallChart'

describe('WaterfallChart', () => {
  it('shows its view model as a table through the shared DataTable, and back', async () => {
    render(
      <WaterfallChart
        title={WATERFALL.title}
        study="demo2024"
        figure="Fig. 4A"
        fileName="wf"
        view={waterfallView(WATERFALL, ['shown', 'shown', 'shown'], false)}
      />,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }))
    const table = screen.getByRole('region', { name: 'Waterfall values, scrollable' })
    expect(table).toBeVisible()
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Mouse 255vehiclereportedFig. 4A', 'Mouse 3~10treatedillustrativeFig. 4A', 'Mouse 1-40treatedreportedFig. 4A'])
    await userEvent.click(screen.getByRole('button', { name: 'Show as chart' }))
    expect(screen.queryByRole('region', { name: 'Waterfall values, scrollable' })).toBeNull()
  })
})
