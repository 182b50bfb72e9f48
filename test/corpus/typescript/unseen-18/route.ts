// corpus: path=app/api/link-preview/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'
import { auth } from '@/lib/auth'
import { db } from '@/lib/db'
import { previews } from '@/lib/db/schema'
import { eq } from 'drizzle-orm'

const ALLOWED_IMAGE_HOSTS = new Set(['images.unsplash.com', 'cdn.example-media.com'])
const TITLE = /<title[^>]*>([^<]*)<\/title>/i

const bodySchema = z.object({ url: z.string().url() })

function titleOf(html: string): string | null {
  const match = TITLE.exec(html)
  return match ? match[1].trim().slice(0, 200) : null
}

export async function GET(request: NextRequest) {
  const session = await auth()
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const target = request.nextUrl.searchParams.get('url')
  if (!target) return NextResponse.json({ error: 'url is required' }, { status: 400 })
  const cached = await db.select().from(previews).where(eq(previews.url, target)).limit(1)
  if (cached.length > 0) return NextResponse.json(cached[0])
  const res = await fetch(target, { redirect: 'follow', headers: { 'user-agent': 'LinkPreviewBot/1.0' } }) // expect: ssrf
  const html = await res.text()
  const preview = { url: target, title: titleOf(html), fetchedAt: new Date() }
  await db.insert(previews).values(preview).onConflictDoNothing()
  return NextResponse.json(preview)
}

export async function POST(request: NextRequest) {
  const session = await auth()
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const parsed = bodySchema.safeParse(await request.json())
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 })
  const url = new URL(parsed.data.url)
  if (url.protocol !== 'https:' || !ALLOWED_IMAGE_HOSTS.has(url.hostname)) {
    return NextResponse.json({ error: 'host not allowed' }, { status: 400 })
  }
  const image = await fetch(url, { redirect: 'error' }) // ok: ssrf
  return new NextResponse(image.body, { headers: { 'content-type': image.headers.get('content-type') ?? 'application/octet-stream' } })
}
