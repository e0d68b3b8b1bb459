// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

/** Lints a snippet as if it lived at `filePath`, returning the rule ids that fired. */
async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('the one-way data flow is a lint error, not a habit', () => {
  it('charts may not import the store or the api', async () => {
    const fired = await rulesFired('src/charts/Probe.tsx', "import { useViewStore } from '../state/store'\nimport { getJson } from '../api/client'\nexport const x = [useViewStore, getJson]\n")
    expect(fired).toEqual(['import-x/no-restricted-paths', 'import-x/no-restricted-paths'])
  })

  it('pathway may not import the store', async () => {
    expect(await rulesFired('src/pathway/Probe.tsx', "import { useViewStore } from '../state/store'\nexport const x = useViewStore\n")).toEqual(['import-x/no-restricted-paths'])
  })

  it('domain imports no React and no app code', async () => {
    const fired = await rulesFired('src/domain/probe.ts', "import { useState } from 'react'\nimport { apiUrl } from '../api/client'\nexport const x = [useState, apiUrl]\n")
    expect(fired.sort()).toEqual(['import-x/no-restricted-paths', 'no-restricted-imports'])
  })

  it('production code never imports MSW', async () => {
    expect(await rulesFired('src/app/Probe.tsx', "import { handlers } from '../mocks/handlers'\nexport const x = handlers\n")).toEqual(['import-x/no-restricted-paths'])
  })

  it('views may compose api, state and charts', async () => {
    expect(await rulesFired('src/views/Probe.tsx', "import { useViewStore } from '../state/store'\nimport { ChartFrame } from '../charts/ChartFrame'\nexport const x = [useViewStore, ChartFrame]\n")).toEqual([])
  })

  it('labels are text: dangerouslySetInnerHTML is an error', async () => {
    expect(await rulesFired('src/ui/Probe.tsx', 'export const X = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />\n')).toEqual(['no-restricted-syntax'])
  })
})
