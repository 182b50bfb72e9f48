// corpus: path=app/api/projects/[projectId]/export/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'
import { auth } from '@/auth'
import { db } from '@/db'
import { logger } from '@/lib/logger'

const querySchema = z.object({
  format: z.enum(['csv', 'json']).default('csv'),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
})

const CSV_COLUMNS = ['id', 'title', 'status', 'assignee', 'createdAt', 'closedAt'] as const

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60) || 'project'
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ projectId: string }> }) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  const { projectId } = await params

  const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 })
  const { format, from, to } = parsed.data

  const project = await db.project.findFirst({
    where: { id: projectId, members: { some: { userId: session.user.id } } },
    select: { id: true, name: true },
  })
  if (!project) return NextResponse.json({ error: 'Not found' }, { status: 404 })

  const issues = await db.issue.findMany({
    where: { projectId: project.id, createdAt: { gte: from, lte: to } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, title: true, status: true, assignee: { select: { name: true } }, createdAt: true, closedAt: true },
  })
  logger.info({ projectId: project.id, userId: session.user.id, rows: issues.length, format }, 'project export')

  const stamp = new Date().toISOString().slice(0, 10)
  const filename = `${slugify(project.name)}-issues-${stamp}.${format}`

  if (format === 'json') {
    return new NextResponse(JSON.stringify(issues, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`, // ok: header-injection
      },
    })
  }

  const encoder = new TextEncoder()
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_COLUMNS.join(',') + '\n'))
      for (const issue of issues) {
        const row = [issue.id, issue.title, issue.status, issue.assignee?.name, issue.createdAt, issue.closedAt]
        controller.enqueue(encoder.encode(row.map(csvCell).join(',') + '\n'))
      }
      controller.close()
    },
  })
  return new NextResponse(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`, // ok: header-injection
      'Cache-Control': 'no-store',
    },
  })
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ projectId: string }> }) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  const { projectId } = await params
  const body = z.object({ email: z.string().email().optional() }).parse(await request.json())
  const job = await db.exportJob.create({
    data: { projectId, requestedById: session.user.id, notifyEmail: body.email ?? session.user.email },
    select: { id: true },
  })
  logger.info({ projectId, jobId: job.id }, 'export job queued')
  return NextResponse.json({ jobId: job.id, statusUrl: `/api/projects/${projectId}/export/${job.id}` }, { status: 202 })
}
