// corpus: path=app/api/og-image/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { headers } from 'next/headers'
import { getServerSession } from 'next-auth'
import { authOptions } from '@/lib/auth'
import { db } from '@/lib/db'

export const runtime = 'nodejs'

const CDN_ORIGIN = 'https://cdn.acme.io'

export async function GET(req: NextRequest) {
  const { searchParams } = req.nextUrl
  const imageUrl = searchParams.get('image')
  if (!imageUrl) return NextResponse.json({ error: 'image is required' }, { status: 400 })
  const upstream = await fetch(imageUrl, { cache: 'force-cache' }) // expect: ssrf
  if (!upstream.ok) return new NextResponse(null, { status: 502 })
  return new NextResponse(upstream.body, {
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'image/png' },
  })
}

export async function POST(req: NextRequest) {
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { path } = (await req.json()) as { path: string }
  const upstream = await fetch(new URL(path, CDN_ORIGIN)) // expect: ssrf
  const bytes = await upstream.arrayBuffer()
  await db.image.create({ data: { ownerId: session.user.id, size: bytes.byteLength } })
  return NextResponse.json({ size: bytes.byteLength })
}

export async function PUT(req: NextRequest) {
  const { slug } = (await req.json()) as { slug: string }
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return NextResponse.json({ error: 'bad slug' }, { status: 400 })
  const upstream = await fetch(`${CDN_ORIGIN}/covers/${slug}.png`) // ok: ssrf
  return new NextResponse(upstream.body, { headers: { 'content-type': 'image/png' } })
}

export async function DELETE() {
  const h = await headers()
  const requestId = h.get('x-request-id') ?? crypto.randomUUID()
  const session = await getServerSession(authOptions)
  if (!session?.user) return NextResponse.json({ error: 'unauthorized', requestId }, { status: 401 })
  await db.image.deleteMany({ where: { ownerId: session.user.id } })
  return NextResponse.json({ requestId })
}
