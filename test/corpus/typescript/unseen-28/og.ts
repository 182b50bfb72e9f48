// corpus: path=src/pages/api/og.ts
import type { APIRoute } from 'astro'
import { createHash } from 'node:crypto'

export const prerender = false

const IMAGE_HOSTS = new Set(['images.unsplash.com', 'cdn.sanity.io'])
const CACHE_SECONDS = 60 * 60 * 24

function xmlEscape(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
}

export const GET: APIRoute = async ({ url }) => {
  const title = url.searchParams.get('title') ?? 'Untitled'
  const author = url.searchParams.get('author') ?? ''
  const image = url.searchParams.get('image')
  let background = ''
  if (image) {
    const res = await fetch(image, { headers: { Accept: 'image/*' } }) // expect: ssrf
    const bytes = new Uint8Array(await res.arrayBuffer())
    background = `<image href="data:${res.headers.get('content-type')};base64,${Buffer.from(bytes).toString('base64')}" width="1200" height="630"/>`
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">${background}
    <text x="64" y="300" font-size="64">${title}</text>
    <text x="64" y="380" font-size="32">${xmlEscape(author)}</text>
  </svg>`
  const etag = createHash('md5').update(svg).digest('hex') // ok: weak-hash
  return new Response(svg, { // expect: xss
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': `public, max-age=${CACHE_SECONDS}`, ETag: `"${etag}"` },
  })
}

export const HEAD: APIRoute = async ({ url }) => {
  const image = url.searchParams.get('image')
  if (!image) return new Response(null, { status: 400 })
  const parsed = new URL(image)
  if (parsed.protocol !== 'https:' || !IMAGE_HOSTS.has(parsed.hostname)) return new Response(null, { status: 400 })
  const res = await fetch(parsed, { method: 'HEAD' }) // ok: ssrf
  return new Response(null, { status: res.ok ? 200 : 404 })
}
