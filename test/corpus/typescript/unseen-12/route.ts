// corpus: path=app/api/preview/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { redirect } from 'next/navigation'
import { prisma } from '@/lib/prisma'
import { ALLOWED_PREVIEW_HOSTS } from '@/lib/config'

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url')
  if (!target) return NextResponse.json({ error: 'url is required' }, { status: 400 })
  const upstream = await fetch(target, { headers: { accept: 'text/html' } }) // expect: ssrf
  const html = await upstream.text()
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null
  return NextResponse.json({ title })
}

export async function HEAD(request: NextRequest) {
  const target = new URL(request.nextUrl.searchParams.get('url') ?? '', 'https://invalid.example')
  if (!ALLOWED_PREVIEW_HOSTS.includes(target.hostname)) return new NextResponse(null, { status: 400 })
  const upstream = await fetch(target, { method: 'HEAD' }) // ok: ssrf
  return new NextResponse(null, { status: upstream.status })
}

export async function POST(request: NextRequest) {
  const form = await request.formData()
  const slug = String(form.get('slug') ?? '')
  const rows = await prisma.$queryRawUnsafe(`SELECT id, title FROM posts WHERE slug = '${slug}'`) // expect: sql-injection
  const back = String(form.get('back') ?? '/')
  if (!Array.isArray(rows) || rows.length === 0) redirect(back) // expect: open-redirect
  return NextResponse.json(rows)
}

export async function PUT(request: NextRequest) {
  const { slug } = (await request.json()) as { slug: string }
  const rows = await prisma.$queryRaw`SELECT id, title FROM posts WHERE slug = ${slug}` // ok: sql-injection
  return NextResponse.json(rows)
}
