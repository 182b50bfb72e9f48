// corpus: path=src/routes/tasks.ts
import { Hono } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import type { AppEnv } from '../types'
import { requireAuth } from '../middleware/auth'
import { weakEtag } from '../lib/crypto'

const SORT_COLUMNS = { position: 'position', due: 'due_at', updated: 'updated_at', priority: 'priority' } as const

const listQuery = z.object({
  status: z.enum(['todo', 'in_progress', 'review', 'done']).optional(),
  sort: z.enum(['position', 'due', 'updated', 'priority']).default('position'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(64).optional(),
})

const createBody = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(10_000).default(''),
  status: z.enum(['todo', 'in_progress', 'review', 'done']).default('todo'),
  assigneeId: z.string().startsWith('usr_').nullable().default(null),
  dueAt: z.string().datetime().nullable().default(null),
})

export const tasks = new Hono<AppEnv>()

tasks.use('*', requireAuth())

tasks.get('/', zValidator('query', listQuery), async (c) => {
  const { status, sort, dir, limit, cursor } = c.req.valid('query')
  const workspaceId = c.get('workspaceId')
  const column = SORT_COLUMNS[sort]
  const where = ['workspace_id = ?1']
  const params: unknown[] = [workspaceId]
  if (status) {
    params.push(status)
    where.push(`status = ?${params.length}`)
  }
  if (cursor) {
    params.push(cursor)
    where.push(`id > ?${params.length}`)
  }
  params.push(limit)
  const sql = `SELECT id, title, status, assignee_id, due_at, position FROM tasks WHERE ${where.join(' AND ')} ORDER BY ${column} ${dir.toUpperCase()}, id LIMIT ?${params.length}` // ok: sql-injection
  const { results } = await c.env.DB.prepare(sql).bind(...params).all()
  const body = JSON.stringify({ data: results })
  const etag = await weakEtag(body)
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304)
  return c.body(body, 200, { 'Content-Type': 'application/json', ETag: etag })
})

tasks.get('/:id', async (c) => {
  const task = await c.env.DB.prepare('SELECT * FROM tasks WHERE id = ?1 AND workspace_id = ?2')
    .bind(c.req.param('id'), c.get('workspaceId'))
    .first()
  if (!task) return c.json({ error: { code: 'not_found', message: 'Task not found' } }, 404)
  return c.json({ data: task })
})

tasks.post('/', zValidator('json', createBody), async (c) => {
  const input = c.req.valid('json')
  const id = `tsk_${crypto.randomUUID().replaceAll('-', '')}`
  await c.env.DB.prepare(
    'INSERT INTO tasks (id, workspace_id, title, description, status, assignee_id, due_at, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT coalesce(max(position), 0) + 1024 FROM tasks WHERE workspace_id = ?2))',
  )
    .bind(id, c.get('workspaceId'), input.title, input.description, input.status, input.assigneeId, input.dueAt)
    .run()
  c.get('log').info({ taskId: id, workspaceId: c.get('workspaceId'), status: input.status }, 'task created')
  return c.json({ data: { id, ...input } }, 201, { Location: `/v1/tasks/${id}` }) // ok: open-redirect, header-injection
})

tasks.delete('/:id', async (c) => {
  const { meta } = await c.env.DB.prepare('DELETE FROM tasks WHERE id = ?1 AND workspace_id = ?2')
    .bind(c.req.param('id'), c.get('workspaceId'))
    .run()
  if (meta.changes === 0) return c.json({ error: { code: 'not_found', message: 'Task not found' } }, 404)
  c.get('log').info({ taskId: c.req.param('id'), userId: c.get('userId') }, 'task deleted') // ok: log-injection
  return c.body(null, 204)
})

const CSV_COLUMNS = ['id', 'title', 'status', 'assignee_id', 'due_at', 'created_at'] as const

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  // Cells starting with a formula character are prefixed so spreadsheets show them as text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

tasks.get('/export.csv', async (c) => {
  const workspaceId = c.get('workspaceId')
  const { results } = await c.env.DB.prepare(`SELECT ${CSV_COLUMNS.join(', ')} FROM tasks WHERE workspace_id = ?1 ORDER BY created_at`) // ok: sql-injection
    .bind(workspaceId)
    .all<Record<(typeof CSV_COLUMNS)[number], unknown>>()
  const lines = [CSV_COLUMNS.join(','), ...results.map((row) => CSV_COLUMNS.map((col) => csvCell(row[col])).join(','))]
  const stamp = new Date().toISOString().slice(0, 10)
  c.get('log').info({ workspaceId, rows: results.length }, 'tasks exported')
  return c.body(lines.join('\r\n'), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="tasks-${stamp}.csv"`, // ok: header-injection
    'Cache-Control': 'no-store',
  })
})

const commentBody = z.object({ body: z.string().trim().min(1).max(5000) })

tasks.post('/:id/comments', zValidator('json', commentBody), async (c) => {
  const taskId = c.req.param('id')
  const task = await c.env.DB.prepare('SELECT id FROM tasks WHERE id = ?1 AND workspace_id = ?2').bind(taskId, c.get('workspaceId')).first()
  if (!task) return c.json({ error: { code: 'not_found', message: 'Task not found' } }, 404)
  const id = `cmt_${crypto.randomUUID().replaceAll('-', '')}`
  const { body } = c.req.valid('json')
  await c.env.DB.batch([
    c.env.DB.prepare('INSERT INTO comments (id, task_id, author_id, body) VALUES (?1, ?2, ?3, ?4)').bind(id, taskId, c.get('userId'), body),
    c.env.DB.prepare("UPDATE tasks SET updated_at = datetime('now') WHERE id = ?1").bind(taskId),
  ])
  return c.json({ data: { id, taskId, body } }, 201)
})

tasks.get('/:id/comments', async (c) => {
  const { results } = await c.env.DB.prepare(
    `SELECT c.id, c.body, c.created_at, u.name AS author
       FROM comments c JOIN users u ON u.id = c.author_id
       JOIN tasks t ON t.id = c.task_id
      WHERE c.task_id = ?1 AND t.workspace_id = ?2
      ORDER BY c.created_at`,
  )
    .bind(c.req.param('id'), c.get('workspaceId'))
    .all()
  return c.json({ data: results })
})
