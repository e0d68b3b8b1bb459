import { createContext, useCallback, useContext, useMemo } from 'react'
import { useSearchParam } from '../../state/view-params'

/** Whether figures below keep their reader options (table view, axes) in the URL: the Study view does. */
export const FigureOptionsInUrl = createContext(false)

/** `fig=<series>:<token>.<token>,…` read as series id → tokens. */
export function readFigParam(raw: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const entry of raw.split(',')) {
    const [id, tokens = ''] = entry.split(':')
    if (id && /^[a-z0-9][a-z0-9-]*$/.test(id))
      out.set(
        id,
        tokens.split('.').filter((t) => /^[a-z0-9]{1,8}$/.test(t)),
      )
  }
  return out
}

/** The param with one series' tokens replaced (dropped when it has none). */
export function writeFigParam(raw: string, id: string, tokens: readonly string[]): string {
  const all = readFigParam(raw)
  if (tokens.length) all.set(id, [...tokens])
  else all.delete(id)
  return [...all].map(([k, t]) => `${k}:${t.join('.')}`).join(',')
}

/** One figure's URL tokens and a setter, or null where figures keep their options to themselves. */
export function useFigureTokens(seriesId: string): { tokens: string[]; set: (tokens: readonly string[]) => void } | null {
  const inUrl = useContext(FigureOptionsInUrl)
  const [raw, setRaw] = useSearchParam('fig')
  const mine = readFigParam(raw).get(seriesId)?.join('.') ?? ''
  // Stable while this figure's own tokens are unchanged, so a neighbour's change does not redraw it.
  const set = useCallback(
    (tokens: readonly string[]) => setRaw(writeFigParam(new URLSearchParams(window.location.search).get('fig') ?? '', seriesId, tokens)),
    [setRaw, seriesId],
  )
  return useMemo(() => (inUrl ? { tokens: mine ? mine.split('.') : [], set } : null), [inUrl, mine, set])
}
