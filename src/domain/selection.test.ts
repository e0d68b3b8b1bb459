import { describe, expect, it } from 'vitest'
import { visibilities, type Membership } from './selection'

const arms: Membership[] = [
  { condition: 'amp', agents: [] },
  { condition: 'amp', agents: ['palbo'] },
  { condition: 'amp', agents: ['evero'] },
  { condition: 'amp', agents: ['palbo', 'evero'] },
  { condition: 'wt', agents: ['palbo'] },
]

describe('toggle selection', () => {
  it('shows everything when no relevant toggle is on', () => {
    expect(visibilities(arms, { drugs: ['lapatinib'], conditions: ['elsewhere'] })).toEqual(Array(5).fill('shown'))
  })
  it('palbociclib on: vehicle and palbociclib arms show, palbociclib emphasised, others hide', () => {
    expect(visibilities(arms, { drugs: ['palbo'], conditions: [] })).toEqual(['shown', 'emphasised', 'hidden', 'hidden', 'emphasised'])
  })
  it('adding everolimus reveals the combination as the emphasised arm', () => {
    expect(visibilities(arms, { drugs: ['palbo', 'evero'], conditions: [] })).toEqual(['shown', 'shown', 'shown', 'emphasised', 'shown'])
  })
  it('a condition toggle hides groups of other conditions', () => {
    expect(visibilities(arms, { drugs: [], conditions: ['wt'] })).toEqual(['hidden', 'hidden', 'hidden', 'hidden', 'shown'])
  })
})
