import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import DigitiseView from './DigitiseView'

describe('DigitiseView', () => {
  it('starts with a file chooser and a placeholder, no calibration yet', () => {
    render(<DigitiseView />)
    expect(screen.getByRole('heading', { level: 1, name: 'Digitise a figure' })).toBeInTheDocument()
    expect(screen.getByLabelText(/Figure image/)).toHaveAttribute('accept', 'image/png,image/jpeg')
    expect(screen.getByText(/No figure loaded yet/)).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Kind of plot' })).toHaveValue('survival')
  })

  it('refuses a file that is not a PNG or JPEG, saying so', async () => {
    const user = userEvent.setup({ applyAccept: false })
    render(<DigitiseView />)
    await user.upload(screen.getByLabelText(/Figure image/), new File(['{"a":1}'], 'study.json', { type: 'application/json' }))
    expect(screen.getByRole('alert')).toHaveTextContent('"study.json" is not a PNG or JPEG image.')
    expect(screen.getByText(/No figure loaded yet/)).toBeInTheDocument()
  })

  it('refuses an image over 20 MB', async () => {
    const user = userEvent.setup()
    render(<DigitiseView />)
    const big = new File([new Uint8Array(21 * 1024 * 1024)], 'huge.png', { type: 'image/png' })
    await user.upload(screen.getByLabelText(/Figure image/), big)
    expect(screen.getByRole('alert')).toHaveTextContent('"huge.png" is 21.0 MB; the limit is 20 MB.')
  })
})
