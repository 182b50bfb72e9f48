// corpus: path=src/pages/api/upload.ts
import type { APIRoute } from 'astro'
import { writeFile, readFile } from 'node:fs/promises'
import { join, extname } from 'node:path'
import { randomUUID } from 'node:crypto'

const UPLOAD_DIR = join(process.cwd(), 'uploads')
const ALLOWED = new Set(['.png', '.jpg', '.jpeg', '.webp'])

export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData()
  const file = form.get('file')
  if (!(file instanceof File)) return new Response('file required', { status: 400 })
  const dest = join(UPLOAD_DIR, file.name)
  await writeFile(dest, Buffer.from(await file.arrayBuffer())) // expect: path-traversal
  return Response.json({ name: file.name })
}

export const PUT: APIRoute = async ({ request }) => {
  const form = await request.formData()
  const file = form.get('file')
  if (!(file instanceof File)) return new Response('file required', { status: 400 })
  const ext = extname(file.name).toLowerCase()
  if (!ALLOWED.has(ext)) return new Response('type not allowed', { status: 415 })
  const name = `${randomUUID()}${ext}`
  await writeFile(join(UPLOAD_DIR, name), Buffer.from(await file.arrayBuffer())) // ok: path-traversal
  return Response.json({ name })
}

export const GET: APIRoute = async ({ url, redirect }) => {
  const name = url.searchParams.get('name')
  if (!name) return redirect(url.searchParams.get('fallback') ?? '/gallery', 302) // expect: open-redirect
  const data = await readFile(join(UPLOAD_DIR, name)) // expect: path-traversal
  return new Response(data, { headers: { 'Content-Type': 'application/octet-stream' } })
}

export const DELETE: APIRoute = async ({ params, redirect, cookies }) => {
  cookies.set('flash', 'deleted', { path: '/', httpOnly: true, secure: true, sameSite: 'lax' }) // ok: insecure-cookie
  return redirect('/gallery', 303) // ok: open-redirect
}
