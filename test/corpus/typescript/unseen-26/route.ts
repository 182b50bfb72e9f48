// corpus: path=app/api/preview/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { cookies, draftMode } from 'next/headers'
import { getPostBySlug } from '@/lib/cms'

const PREVIEW_SECRET = process.env.PREVIEW_SECRET!
const UNFURL_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'vimeo.com', 'twitter.com'])

export async function GET(req: NextRequest) {
  const secret = req.nextUrl.searchParams.get('secret')
  const slug = req.nextUrl.searchParams.get('slug')
  if (secret !== PREVIEW_SECRET || !slug) { // expect: timing-unsafe-comparison
    return NextResponse.json({ error: 'invalid token' }, { status: 401 })
  }
  const post = await getPostBySlug(slug)
  if (!post) return NextResponse.json({ error: 'not found' }, { status: 404 })
  ;(await draftMode()).enable()
  const back = req.nextUrl.searchParams.get('redirect') ?? `/posts/${post.slug}`
  return NextResponse.redirect(new URL(back, req.url)) // expect: open-redirect
}

export async function DELETE(req: NextRequest) {
  ;(await draftMode()).disable()
  const next = req.nextUrl.searchParams.get('next') ?? '/'
  const safe = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/'
  return NextResponse.redirect(new URL(safe, req.url)) // ok: open-redirect
}

export async function POST(req: NextRequest) {
  const { url } = (await req.json()) as { url: string }
  const target = new URL(url)
  if (UNFURL_HOSTS.has(target.hostname) && target.protocol === 'https:') {
    const res = await fetch(`https://noembed.com/embed?url=${encodeURIComponent(target.toString())}`) // ok: ssrf
    return NextResponse.json(await res.json())
  }
  const page = await fetch(url, { redirect: 'follow' }) // expect: ssrf
  const html = await page.text()
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null
  const jar = await cookies()
  jar.set('last_unfurl', target.hostname, { httpOnly: true, secure: true, sameSite: 'lax' }) // ok: insecure-cookie
  jar.set('preview_session', crypto.randomUUID(), { httpOnly: false, secure: false }) // expect: insecure-cookie
  return NextResponse.json({ title })
}
