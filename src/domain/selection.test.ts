import { describe, expect, it } from 'vitest'
import { baselineConditions, visibilities, type Membership } from './selection'

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

describe('baselines stay as the comparator', () => {
  const cm: Membership[] = [
    { condition: 'control-cm', agents: ['tam'] },
    { condition: 'bcsc-cm', agents: ['tam'] },
    { condition: 'aldh-pos-cm', agents: ['tam'] },
    { agents: ['tam'] },
  ]
  const baselines = baselineConditions([
    { id: 'control-cm', kind: 'control' },
    { id: 'bcsc-cm', kind: 'conditioned-medium' },
    { id: 'aldh-pos-cm', kind: 'conditioned-medium' },
    { id: 'parental', kind: 'parental' },
    { id: 'wt', kind: 'wild-type' },
    { id: 'low', kind: 'low-expression' },
  ])

  it('reads baselines from the condition kind: control, parental and wild type', () => {
    expect([...baselines].sort()).toEqual(['control-cm', 'parental', 'wt'])
  })
  it('BCSC CM on: the control and unconditioned groups stay, the other medium hides', () => {
    expect(visibilities(cm, { drugs: [], conditions: ['bcsc-cm'] }, baselines)).toEqual(['shown', 'shown', 'hidden', 'shown'])
  })
  it('a baseline switched on hides the effect groups', () => {
    expect(visibilities(cm, { drugs: [], conditions: ['control-cm'] }, baselines)).toEqual(['shown', 'hidden', 'hidden', 'shown'])
  })
  it('without baselines given, the old rule holds (every other condition hides)', () => {
    expect(visibilities(cm, { drugs: [], conditions: ['bcsc-cm'] })).toEqual(['hidden', 'shown', 'hidden', 'shown'])
  })
})
