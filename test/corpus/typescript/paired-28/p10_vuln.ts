// corpus: path=app/api/link-preview/route.ts
import { NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'

const Query = z.object({ url: z.string().url() })

export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!parsed.success) return NextResponse.json({ error: 'invalid url' }, { status: 400 })
  const upstream = await fetch(parsed.data.url, { redirect: 'follow' }) // expect: ssrf
  const html = await upstream.text()
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null
  return NextResponse.json({ title })
}
