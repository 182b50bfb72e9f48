// corpus: path=src/routes/api/exports/[file]/+server.ts
import { error, json } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { readFile, unlink } from 'node:fs/promises'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import path from 'node:path'
import { sql } from '$lib/server/db'

const run = promisify(exec)
const runFile = promisify(execFile)
const EXPORT_ROOT = path.resolve('var/exports')
const FORMATS = new Set(['csv', 'xlsx', 'json'])

export const GET: RequestHandler = async ({ params, locals, url }) => {
  if (!locals.user) error(401, 'sign in first')
  const userDir = path.join(EXPORT_ROOT, locals.user.id)
  if (url.searchParams.has('raw')) {
    const body = await readFile(path.join(userDir, params.file)) // expect: path-traversal
    return new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } })
  }
  const target = path.resolve(userDir, params.file)
  if (!target.startsWith(userDir + path.sep)) error(400, 'bad file name')
  const body = await readFile(target) // ok: path-traversal
  return new Response(body, {
    headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${path.basename(target)}"` }, // ok: header-injection
  })
}

export const POST: RequestHandler = async ({ params, locals, request }) => {
  if (!locals.user) error(401, 'sign in first')
  const { format, ids } = (await request.json()) as { format: string; ids: string[] }
  if (url_safe(params.file) === false) error(400, 'bad file name')
  if (FORMATS.has(format)) {
    await runFile('./bin/export', ['--format', format, '--user', locals.user.id, '--out', params.file]) // ok: command-injection
  } else {
    await run(`./bin/export --format ${format} --ids ${ids.join(',')} --user ${locals.user.id}`) // expect: command-injection
  }
  await sql`INSERT INTO exports (user_id, name, format) VALUES (${locals.user.id}, ${params.file}, ${format})` // ok: sql-injection
  return json({ queued: true }, { status: 202 })
}

export const DELETE: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401, 'sign in first')
  const rows = await sql.unsafe(`DELETE FROM exports WHERE user_id = '${locals.user.id}' AND name = '${params.file}' RETURNING name`) // expect: sql-injection
  for (const row of rows) await unlink(path.join(EXPORT_ROOT, locals.user.id, path.basename(row.name))) // ok: path-traversal
  return new Response(null, { status: 204 })
}

function url_safe(name: string): boolean {
  return /^[\w.-]{1,120}$/.test(name) && !name.startsWith('.')
}
