import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { server } from '../mocks/server'
import { getIndex } from './client'
import { ApiError } from './errors'

const Entry = z.strictObject({ id: z.string().regex(/^[a-z]+$/), n: z.number() })
const serve = (body: object) => server.use(http.get('*/api/list.json', () => HttpResponse.json(body)))

describe('getIndex: an index document is validated entry by entry', () => {
  it('leaves out a bad entry and names it; the good ones stay', async () => {
    serve([{ id: 'a', n: 1 }, { id: 'b', n: 'two' }, { id: 'c', n: 3 }])
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
