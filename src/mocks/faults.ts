import { delay, http, HttpResponse } from 'msw'

/** The faults every panel must survive, by name. */
export const FAULTS = ['500', 'timeout', 'malformed', 'invalid'] as const
export type Fault = (typeof FAULTS)[number]

/** A handler that makes `pattern` fail in the named way. */
export function fault(kind: Fault, pattern: string) {
  return http.get(pattern, async () => {
    switch (kind) {
      case '500':
        return HttpResponse.json({ error: 'injected server error' }, { status: 500 })
      case 'timeout':
        await delay('infinite')
        return HttpResponse.json({})
      case 'malformed':
        return new HttpResponse('{"id": "mo2022", "citation": {', { headers: { 'Content-Type': 'application/json' } })
      case 'invalid':
        return HttpResponse.json([
          {
            id: 'broken',
            kind: 'survival',
            title: 'No arms',
            source: { study: 'mo2022', locator: 'Fig. 3B' },
            endpoint: 'PFS',
            timeUnit: 'months',
            arms: [{ id: 'a', label: 'A', median: { value: 3.9, unit: 'months' } }],
          },
        ])
    }
  })
}

/**
 * Dev-time faults from the page URL, e.g. `?fault=500:/api/studies/mo2022/series.json`,
 * so a person can see each error state in the browser.
 */
export function faultHandlers() {
  if (typeof location === 'undefined') return []
  return new URLSearchParams(location.search).getAll('fault').flatMap((spec) => {
    const [kind, pattern] = spec.split(':') as [Fault, string | undefined]
    return FAULTS.includes(kind) && pattern ? [fault(kind, `*${pattern}`)] : []
  })
}
