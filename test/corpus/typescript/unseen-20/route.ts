// corpus: path=app/api/reports/[id]/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import { prisma } from '@/lib/prisma'
import { auth } from '@/lib/auth'

const run = promisify(exec)
const runFile = promisify(execFile)
const REPORT_DIR = path.join(process.cwd(), 'reports')

export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  const session = await auth()
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const format = req.nextUrl.searchParams.get('format') ?? 'pdf'
  const file = path.join(REPORT_DIR, `${params.id}.${format}`)
  const data = await readFile(file) // expect: path-traversal
  return new NextResponse(data, { headers: { 'content-type': 'application/octet-stream' } })
}

export async function POST(req: NextRequest, { params }: { params: { id: string } }) {
  const session = await auth()
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { title, pages } = await req.json()
  const report = await prisma.$queryRawUnsafe(`SELECT * FROM reports WHERE id = '${params.id}' AND owner_id = '${session.user.id}'`) // expect: sql-injection
  const safeReport = await prisma.$queryRaw`SELECT * FROM reports WHERE id = ${params.id}` // ok: sql-injection
  await run(`./bin/render-report --title "${title}" --out ${REPORT_DIR}/${params.id}.pdf`) // expect: command-injection
  const count = Number.parseInt(pages, 10) || 1
  await runFile('./bin/paginate', [String(count), path.join(REPORT_DIR, `${params.id}.pdf`)]) // ok: command-injection
  return NextResponse.json({ report, safeReport })
}

export async function PATCH(req: NextRequest) {
  const returnTo = req.nextUrl.searchParams.get('returnTo') ?? '/reports'
  return NextResponse.redirect(new URL(returnTo, req.url)) // expect: open-redirect
}

export async function PUT(req: NextRequest) {
  const returnTo = req.nextUrl.searchParams.get('returnTo') ?? '/reports'
  const safe = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/reports'
  return NextResponse.redirect(new URL(safe, req.nextUrl.origin)) // ok: open-redirect
}
