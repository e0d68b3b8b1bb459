import { describe, expect, it } from 'vitest'
import { baselineConditions, visibilities, type Membership } from './selection'
import * as ids from '../test/ids'

const arms: Membership[] = [
  { condition: ids.condition('amp'), agents: [] },
  { condition: ids.condition('amp'), agents: ids.agents('palbo') },
  { condition: ids.condition('amp'), agents: ids.agents('evero') },
  { condition: ids.condition('amp'), agents: ids.agents('palbo', 'evero') },
  { condition: ids.condition('wt'), agents: ids.agents('palbo') },
]

describe('toggle selection', () => {
  it('shows everything when no relevant toggle is on', () => {
    expect(visibilities(arms, { drugs: ids.agents('lapatinib'), conditions: ids.conditions('elsewhere') })).toEqual(Array(5).fill('shown'))
  })
  it('palbociclib on: vehicle and palbociclib arms show, palbociclib emphasised, others hide', () => {
    expect(visibilities(arms, { drugs: ids.agents('palbo'), conditions: [] })).toEqual(['shown', 'emphasised', 'hidden', 'hidden', 'emphasised'])
  })
  it('adding everolimus reveals the combination as the emphasised arm', () => {
    expect(visibilities(arms, { drugs: ids.agents('palbo', 'evero'), conditions: [] })).toEqual(['shown', 'shown', 'shown', 'emphasised', 'shown'])
  })
  it('a condition toggle hides groups of other conditions', () => {
    expect(visibilities(arms, { drugs: [], conditions: ids.conditions('wt') })).toEqual(['hidden', 'hidden', 'hidden', 'hidden', 'shown'])
  })
})

describe('baselines stay as the comparator', () => {
  const cm: Membership[] = [
    { condition: ids.condition('control-cm'), agents: ids.agents('tam') },
    { condition: ids.condition('bcsc-cm'), agents: ids.agents('tam') },
    { condition: ids.condition('aldh-pos-cm'), agents: ids.agents('tam') },
    { agents: ids.agents('tam') },
  ]
  const baselines = baselineConditions([
    { id: ids.condition('control-cm'), kind: 'control' },
    { id: ids.condition('bcsc-cm'), kind: 'conditioned-medium' },
    { id: ids.condition('aldh-pos-cm'), kind: 'conditioned-medium' },
    { id: ids.condition('parental'), kind: 'parental' },
    { id: ids.condition('wt'), kind: 'wild-type' },
    { id: ids.condition('low'), kind: 'low-expression' },
  ])

  it('reads baselines from the condition kind: control, parental and wild type', () => {
    expect([...baselines].sort()).toEqual(['control-cm', 'parental', 'wt'])
  })
  it('BCSC CM on: the control and unconditioned groups stay, the other medium hides', () => {
    expect(visibilities(cm, { drugs: [], conditions: ids.conditions('bcsc-cm') }, baselines)).toEqual(['shown', 'shown', 'hidden', 'shown'])
  })
  it('a baseline switched on hides the effect groups', () => {
    expect(visibilities(cm, { drugs: [], conditions: ids.conditions('control-cm') }, baselines)).toEqual(['shown', 'hidden', 'hidden', 'shown'])
  })
  it('without baselines given, the old rule holds (every other condition hides)', () => {
    expect(visibilities(cm, { drugs: [], conditions: ids.conditions('bcsc-cm') })).toEqual(['hidden', 'shown', 'hidden', 'shown'])
  })
})
