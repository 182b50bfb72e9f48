// corpus: path=app/api/og/route.ts
import { NextResponse, type NextRequest } from 'next/server'

const IMAGE_HOSTS = new Set(['images.unsplash.com', 'cdn.example.com'])

export async function GET(request: NextRequest) {
  const src = request.nextUrl.searchParams.get('src')
  if (!src) return NextResponse.json({ error: 'src required' }, { status: 400 })
  const upstream = await fetch(src, { cache: 'force-cache' }) // expect: ssrf
  return new NextResponse(upstream.body, { headers: { 'Content-Type': upstream.headers.get('Content-Type') ?? 'image/png' } })
}

export async function POST(request: NextRequest) {
  const { src } = (await request.json()) as { src: string }
  const url = new URL(src)
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname)) {
    return NextResponse.json({ error: 'host not allowed' }, { status: 400 })
  }
  const upstream = await fetch(url, { redirect: 'error' }) // ok: ssrf
  return new NextResponse(upstream.body)
}
