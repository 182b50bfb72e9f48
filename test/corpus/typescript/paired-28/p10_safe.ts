// corpus: path=app/api/link-preview/route.ts
import { NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'

const Query = z.object({ url: z.string().url() })
const PREVIEW_HOSTS = new Set(['www.youtube.com', 'vimeo.com', 'github.com'])

export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!parsed.success) return NextResponse.json({ error: 'invalid url' }, { status: 400 })
  const target = new URL(parsed.data.url)
  if (target.protocol !== 'https:' || !PREVIEW_HOSTS.has(target.hostname)) {
    return NextResponse.json({ error: 'host not allowed' }, { status: 400 })
  }
  const upstream = await fetch(target, { redirect: 'error' }) // ok: ssrf
  const html = await upstream.text()
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null
  return NextResponse.json({ title })
}
