// corpus: path=src/routes/api/files/[name]/+server.js
import { error, json } from '@sveltejs/kit'
import fs from 'node:fs/promises'
import path from 'node:path'
import { db } from '$lib/server/db'
import { env } from '$env/dynamic/private'

const UPLOADS = path.resolve(env.UPLOAD_DIR || 'uploads')

/** @type {import('./$types').RequestHandler} */
export async function GET({ params, locals, url }) {
  if (!locals.user) throw error(401, 'sign in first')
  const file = path.join(UPLOADS, locals.user.id, params.name)
  let data
  try {
    data = await fs.readFile(file) // expect: path-traversal
  } catch {
    throw error(404, 'not found')
  }
  const download = url.searchParams.get('download') === '1'
  return new Response(data, {
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${encodeURIComponent(params.name)}"`,
    },
  })
}

/** @type {import('./$types').RequestHandler} */
export async function PUT({ params, locals, request }) {
  if (!locals.user) throw error(401, 'sign in first')
  const name = path.basename(params.name)
  const target = path.join(UPLOADS, locals.user.id, name)
  await fs.mkdir(path.dirname(target), { recursive: true })
  await fs.writeFile(target, Buffer.from(await request.arrayBuffer())) // ok: path-traversal
  await db.query('INSERT INTO uploads (user_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [locals.user.id, name])
  return json({ name }, { status: 201 })
}

/** @type {import('./$types').RequestHandler} */
export async function DELETE({ params, locals, url }) {
  if (!locals.user) throw error(401, 'sign in first')
  const order = url.searchParams.get('order') || 'created_at'
  await db.query('DELETE FROM uploads WHERE user_id = $1 AND name = $2', [locals.user.id, params.name]) // ok: sql-injection
  const { rows } = await db.query(`SELECT name, created_at FROM uploads WHERE user_id = $1 ORDER BY ${order}`, [locals.user.id]) // expect: sql-injection
  return json(rows)
}

/** @type {import('./$types').RequestHandler} */
export async function POST({ params, locals, request }) {
  if (!locals.user) throw error(401, 'sign in first')
  const { url: source } = await request.json()
  const response = await fetch(source) // expect: ssrf
  if (!response.ok) throw error(502, 'could not fetch')
  const target = path.join(UPLOADS, locals.user.id, path.basename(params.name))
  await fs.writeFile(target, Buffer.from(await response.arrayBuffer()))
  return json({ name: path.basename(params.name) }, { status: 201 })
}
