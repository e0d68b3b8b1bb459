// Parsing and validating a large bundle takes longer than a frame; here it never blocks the page.
import type { Agent } from '../domain/schema/agent'
import { checkFiles, type Rename } from './check-files'

self.onmessage = async (e: MessageEvent<{ files: File[]; catalogue: Agent[]; rename?: Rename }>) => {
  const result = await checkFiles(e.data.files, e.data.catalogue, e.data.rename).catch((error: unknown) => ({
    ok: false as const,
    problems: [
      {
        path: '(the file)',
        message: `The check failed: ${error instanceof Error ? error.message : String(error)}`,
        fix: 'Try again; if it fails again, the file may be damaged.',
      },
    ],
  }))
  self.postMessage(result)
}
