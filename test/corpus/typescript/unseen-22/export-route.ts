// corpus: path=app/api/reports/[reportId]/export/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { auth } from '@/lib/auth'
import { db } from '@/db'
import { reports } from '@/db/schema'
import { and, eq } from 'drizzle-orm'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

type Ctx = { params: Promise<{ reportId: string }> }

const EXPORT_ROOT = path.join(process.cwd(), 'exports')
const RENDERER_URL = process.env.RENDERER_URL ?? 'http://renderer.internal:8080'
const FORMATS = new Set(['csv', 'xlsx', 'pdf'])

export async function GET(req: NextRequest, { params }: Ctx) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { reportId } = await params
  const format = req.nextUrl.searchParams.get('format') ?? 'csv'
  if (!FORMATS.has(format)) return NextResponse.json({ error: 'bad format' }, { status: 400 })

  const [report] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.id, reportId), eq(reports.ownerId, session.user.id))) // ok: sql-injection
    .limit(1)
  if (!report) return NextResponse.json({ error: 'not found' }, { status: 404 })

  const rendered = await fetch(`${RENDERER_URL}/render/${encodeURIComponent(report.id)}?format=${format}`) // ok: ssrf
  return new NextResponse(rendered.body, {
    headers: { 'content-type': rendered.headers.get('content-type') ?? 'application/octet-stream' },
  })
}

export async function POST(req: NextRequest, { params }: Ctx) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { reportId } = await params
  const body = (await req.json()) as { deliverTo?: string; logoUrl?: string }

  if (body.logoUrl) {
    const logo = await fetch(body.logoUrl) // expect: ssrf
    if (!logo.ok) return NextResponse.json({ error: 'logo unreachable' }, { status: 400 })
  }

  const file = await readFile(path.join(EXPORT_ROOT, `${path.basename(reportId)}.csv`)) // ok: path-traversal
  if (body.deliverTo) {
    await fetch(body.deliverTo, { method: 'PUT', body: file }) // expect: ssrf
  }
  return NextResponse.json({ ok: true, bytes: file.byteLength })
}

export async function DELETE(req: NextRequest, { params }: Ctx) {
  const session = await auth()
  if (!session?.user) return NextResponse.redirect(new URL('/login', req.url)) // ok: open-redirect
  const { reportId } = await params
  await db.delete(reports).where(and(eq(reports.id, reportId), eq(reports.ownerId, session.user.id)))
  const back = req.nextUrl.searchParams.get('back') ?? '/reports'
  return NextResponse.redirect(new URL(back, req.url)) // expect: open-redirect
}
