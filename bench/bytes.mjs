// Initial JS of a built index.html: every <script src> and <link rel="modulepreload">, raw and gzip (level 6).
// Same rule as ../shared/tools/bytes.mjs, kept here so the bench runs on a fresh clone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** { files: [{file, raw, gzip}], raw, gzip } of what index.html loads before it runs. */
export function initialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1]
  const local = (u) => !/^[a-z]+:\/\//i.test(u) && !u.startsWith('//')
  const js = new Set()
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src')
    if (src && local(src)) js.add(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attr(tag, 'href')
    if (href && local(href) && (attr(tag, 'rel') || '').toLowerCase() === 'modulepreload') js.add(href)
  }
  const files = [...js].map((rel) => {
    const buf = readFileSync(join(dist, rel.replace(/^\//, '').split(/[?#]/)[0]))
    return { file: rel, raw: buf.length, gzip: gzipSync(buf).length }
  })
  return { files, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) }
}
