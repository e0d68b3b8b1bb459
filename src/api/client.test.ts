import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { SeriesList } from '../domain/schema/series'
import { fault, FAULTS } from '../mocks/faults'
import { server } from '../mocks/server'
import { apiConfig, getIndex, getJson } from './client'
import { ApiError, failureTitle } from './errors'

const EXPECTED = {
  '500': { kind: 'http', title: 'The server answered with an error' },
  timeout: { kind: 'timeout', title: 'The request timed out' },
  malformed: { kind: 'malformed', title: 'The data is not valid JSON' },
  invalid: { kind: 'invalid', title: 'The data does not match the expected format' },
} as const

const PATH = 'studies/mo2022/series.json'

afterEach(() => {
  apiConfig.timeoutMs = 10_000
})

describe('getJson turns every fault into a typed error that names the file', () => {
  it('parses the real document when nothing fails', async () => {
    const series = await getJson(PATH, SeriesList)
    expect(series.map((s) => s.id)).toContain('pfs-s6k1')
  })

  it.each(FAULTS)('%s', async (kind) => {
    apiConfig.timeoutMs = 300
    server.use(fault(kind, `*/api/${PATH}`))
    const error = await getJson(PATH, SeriesList).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe(EXPECTED[kind].kind)
    expect(failureTitle(error)).toBe(EXPECTED[kind].title)
    expect((error as ApiError).message).toContain('series.json')
  })

  it('schema-invalid data lists the exact path that failed', async () => {
    server.use(fault('invalid', `*/api/${PATH}`))
    const error = (await getJson(PATH, SeriesList).catch((e: unknown) => e)) as ApiError
    expect(error.problems.join('\n')).toMatch(/\[0\]\.arms\[0\]\.median\.provenance/)
  })
})

const Entry = z.strictObject({ id: z.string().regex(/^[a-z]+$/), n: z.number() })
const serve = (body: object) => server.use(http.get('*/api/list.json', () => HttpResponse.json(body)))

describe('getIndex: an index document is validated entry by entry', () => {
  it('leaves out a bad entry and names it; the good ones stay', async () => {
    serve([
      { id: 'a', n: 1 },
      { id: 'b', n: 'two' },
      { id: 'c', n: 3 },
    ])
    const doc = await getIndex('list.json', Entry)
    expect(doc.items.map((e) => e.id)).toEqual(['a', 'c'])
    expect(doc.dropped).toEqual([expect.stringMatching(/^entry 2 \(b\): list\.json \[1\]: n: /)])
  })

  it('fails when the document is not a list, or when no entry is valid', async () => {
    serve({ id: 'a', n: 1 })
    await expect(getIndex('list.json', Entry)).rejects.toMatchObject({ kind: 'invalid' })
    serve([{ id: 'A' }, 7])
    const err = await getIndex('list.json', Entry).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).problems.length).toBeGreaterThanOrEqual(2)
  })

  it('an empty list is valid and empty', async () => {
    serve([])
    expect(await getIndex('list.json', Entry)).toEqual({ items: [], dropped: [] })
  })
})

describe('getJson checks a list entry by entry', () => {
  const List = z.array(Entry)

  it('returns every valid entry, in order', async () => {
    serve([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ])
    expect(await getJson('list.json', List)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ])
  })

  it('names each bad entry by its index, as a whole-document check would', async () => {
    serve([
      { id: 'a', n: 1 },
      { id: 'b', n: 'two' },
      { id: 'C', n: 3 },
    ])
    const error = (await getJson('list.json', List).catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('invalid')
    expect(error.problems).toEqual([expect.stringMatching(/^list\.json: \[1\]\.n: /), expect.stringMatching(/^list\.json: \[2\]\.id: /)])
  })

  it('keeps a list schema’s own length check', async () => {
    serve([{ id: 'a', n: 1 }])
    await expect(getJson('list.json', List.min(2))).rejects.toMatchObject({ kind: 'invalid' })
  })
})
