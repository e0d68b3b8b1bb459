import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Reads every JSON file under mock-data/ into { "mo2022/study.json": parsed }. */
export function readMockFiles(root: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name.endsWith('.json')) out[relative(root, p).split('\\').join('/')] = JSON.parse(readFileSync(p, 'utf8'))
    }
  }
  walk(root)
  return out
}

/** Ids of the curated studies: the folders of mock-data/ that hold a study.json, sorted. */
export function studyIds(root = 'mock-data'): string[] {
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'study.json')))
    .sort()
}
