import { useQueryClient } from '@tanstack/react-query'
import { getCatalogue } from './catalogue'
import { checkFiles, type ImportCheck, type Rename } from './check-files'
import { deleteImported, importedIds, saveImported } from './imported-studies'
import { getStudies } from './studies'

/** Checks picked files in a same-origin worker (the CSP allows 'self'); in place where workers are missing (tests). */
async function checkOffThread(files: readonly File[], rename?: Rename): Promise<ImportCheck> {
  const catalogue = (await getCatalogue()).items
  if (typeof Worker === 'undefined') return checkFiles(files, catalogue, rename)
  const worker = new Worker(new URL('./check-files.worker.ts', import.meta.url), { type: 'module' })
  try {
    return await new Promise<ImportCheck>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<ImportCheck>) => resolve(e.data)
      worker.onerror = (e) => reject(new Error(e.message || 'the checking worker failed to start'))
      worker.postMessage({ files: [...files], catalogue, rename })
    })
  } finally {
    worker.terminate()
  }
}

/** Where a checked study's id already is: a built-in study (rename only) or an imported one (rename or replace). */
export type IdClash = 'built-in' | 'imported' | null

/** Checks files (renaming their study when asked) and whether their study id is taken. */
export async function checkImport(files: readonly File[], rename?: Rename): Promise<{ check: ImportCheck; clash: IdClash }> {
  const check = await checkOffThread(files, rename)
  if (!check.ok) return { check, clash: null }
  const id = check.entry.id
  const [builtIn, imported] = await Promise.all([getStudies(), importedIds()])
  return { check, clash: builtIn.items.some((s) => s.id === id) ? 'built-in' : imported.includes(id) ? 'imported' : null }
}

/** Saving and deleting imported studies, refreshing every list and view that shows them. */
export function useImportedStudyActions() {
  const client = useQueryClient()
  const refresh = async (id: string) => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['studies'] }),
      client.invalidateQueries({ queryKey: ['phenotype-index'] }),
      client.invalidateQueries({ queryKey: ['catalogue'] }),
    ])
    client.removeQueries({ queryKey: ['study', id] })
  }
  return {
    save: async (checked: Extract<ImportCheck, { ok: true }>) => {
      await saveImported(checked)
      await refresh(checked.entry.id)
    },
    remove: async (id: string) => {
      await deleteImported(id)
      await refresh(id)
    },
  }
}
