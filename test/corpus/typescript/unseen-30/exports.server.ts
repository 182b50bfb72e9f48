// corpus: path=src/routes/api/exports/[file]/+server.ts
import { error, json } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { createReadStream } from 'node:fs'
import { readdir, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { env } from '$env/dynamic/private'

const EXPORT_ROOT = path.resolve(env.EXPORT_DIR ?? '/var/lib/ledger/exports')

function orgDir(orgId: string) {
  return path.join(EXPORT_ROOT, orgId)
}

export const GET: RequestHandler = async ({ params, locals, url }) => {
  if (!locals.user) error(401)
  const dir = orgDir(locals.user.orgId)
  if (params.file === 'index.json') {
    const names = await readdir(dir)
    return json(names.filter((n) => n.endsWith('.csv') || n.endsWith('.xlsx')))
  }
  const target = path.join(dir, params.file)
  const info = await stat(target).catch(() => null)
  if (!info?.isFile()) error(404, 'No such export')
  const download = url.searchParams.get('download') === '1'
  return new Response(Readable.toWeb(createReadStream(target)) as ReadableStream, { // expect: path-traversal
    headers: {
      'Content-Type': params.file.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
      'Content-Length': String(info.size),
      ...(download ? { 'Content-Disposition': 'attachment' } : {}),
    },
  })
}

export const DELETE: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401)
  const dir = orgDir(locals.user.orgId)
  const target = path.resolve(dir, params.file)
  if (!target.startsWith(dir + path.sep)) error(400, 'Bad file name')
  await unlink(target) // ok: path-traversal
  return new Response(null, { status: 204 })
}

export const HEAD: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401)
  const name = path.basename(params.file)
  const info = await stat(path.join(orgDir(locals.user.orgId), name)).catch(() => null) // ok: path-traversal
  return new Response(null, { status: info ? 200 : 404, headers: { 'Content-Length': String(info?.size ?? 0) } })
}
