import type { Agent } from '../domain/schema/agent'
import { checkBundle, readPickedFiles, sizeProblem, type BundleCheck } from '../domain/journal/check-bundle'

/** Size first (a 10 MB file is never read), then JSON, schema and integrity. Runs in the worker, or here when there is none. */
export async function checkFiles(files: readonly File[], catalogue: readonly Agent[]): Promise<BundleCheck> {
  const tooBig = files.map((f) => sizeProblem(f.name, f.size)).filter((p) => p !== null)
  if (tooBig.length) return { ok: false, problems: tooBig }
  const picked = await Promise.all(files.map(async (f) => ({ name: f.webkitRelativePath || f.name, size: f.size, text: await f.text() })))
  const read = readPickedFiles(picked)
  return read.ok ? checkBundle(read.raw, catalogue) : read
}
