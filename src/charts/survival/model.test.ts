import { describe, expect, it } from 'vitest'
import * as ids from '../../test/ids'
import { logRankTest } from '../../domain/models/logRank'
import { toCsv } from '../export/csv'
import { SURVIVAL } from '../fixtures.test-data'
import { survivalCsv, survivalView } from './model'

const observations = (arm: number) => SURVIVAL.arms[arm]!.subjects!.map((s) => ({ time: s.time.value, event: s.event }))

describe('survival view: the log-rank test when subject-level data exist', () => {
  it('tests the compared pair when both are shown, and labels the result derived in the CSV', () => {
    const view = survivalView(SURVIVAL, ['shown', 'shown'])
    const expected = logRankTest(observations(0), observations(1))
    expect(view.logRank).toMatchObject({ label: 'Marker high vs Marker low', chiSquare: expected.chiSquare, p: expected.p })
    expect(view.logRank!.p).toBeGreaterThan(0)
    expect(view.logRank!.p).toBeLessThan(1)
    const row = toCsv(survivalCsv(view, 'demo2024', 'Fig. 1A', 'S'))
      .split('\r\n')
      .find((l) => l.includes('log-rank P'))
    expect(row).toMatch(
      /^demo2024,Fig\. 1A,S,Marker high vs Marker low: log-rank P,,,0\.0553,P,,,derived,Fig\. 1A,log-rank test on the subject-level data \(χ² = 3.67 on 1 df\)$/,
    )
  })

  it('is left out when fewer than two shown arms have subjects', () => {
    expect(survivalView(SURVIVAL, ['shown', 'hidden']).logRank).toBeUndefined()
    const mediansOnly = {
      ...SURVIVAL,
      arms: SURVIVAL.arms.map(({ subjects: _, ...a }) => ({
        ...a,
        median: { value: 6, unit: 'months', provenance: 'reported' as const, source: { study: ids.study('demo2024'), locator: 'Fig. 1A' } },
      })),
    }
    expect(survivalView(mediansOnly, ['shown', 'shown']).logRank).toBeUndefined()
  })
})
