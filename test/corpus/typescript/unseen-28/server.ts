// corpus: path=src/notes/server.ts
import { Elysia, t } from 'elysia'
import { jwt } from '@elysiajs/jwt'
import { Database } from 'bun:sqlite'
import { $ } from 'bun'
import { basename, join } from 'node:path'

const db = new Database(process.env.NOTES_DB ?? 'data/notes.sqlite', { create: true })
const UPLOAD_DIR = '/var/lib/notes/uploads'
const THUMB_DIR = '/var/lib/notes/thumbs'

export const notes = new Elysia({ prefix: '/notes' })
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET!, exp: '7d' })) // ok: hardcoded-secret
  .derive(async ({ jwt, cookie: { auth } }) => {
    const claims = await jwt.verify(auth.value as string | undefined)
    return { userId: claims ? String(claims.sub) : null }
  })
  .get(
    '/',
    ({ query, userId }) => {
      const rows = db.query(`SELECT id, title FROM notes WHERE owner = '${userId}' AND tag = '${query.tag}' ORDER BY id DESC`).all() // expect: sql-injection
      return rows
    },
    { query: t.Object({ tag: t.String() }) },
  )
  .get('/:id', ({ params, userId, error }) => {
    const row = db.query('SELECT id, title, body FROM notes WHERE id = ?1 AND owner = ?2').get(params.id, userId) // ok: sql-injection
    return row ?? error(404, 'not found')
  })
  .post(
    '/attachments/:name',
    async ({ params, body }) => {
      const dest = join(UPLOAD_DIR, params.name)
      await Bun.write(dest, body.file) // expect: path-traversal
      return { ok: true, name: params.name }
    },
    { body: t.Object({ file: t.File({ maxSize: '10m' }) }) },
  )
  .get('/attachments/:name', ({ params }) => {
    return Bun.file(join(UPLOAD_DIR, basename(params.name))) // ok: path-traversal
  })
  .post(
    '/attachments/:name/thumb',
    async ({ params }) => {
      const src = join(UPLOAD_DIR, basename(params.name))
      const dst = join(THUMB_DIR, `${basename(params.name)}.webp`)
      await $`cwebp -q 80 -resize 320 0 ${src} -o ${dst}`.quiet() // ok: command-injection
      return { thumb: `/thumbs/${basename(dst)}` }
    },
  )
  .post(
    '/export',
    async ({ body }) => {
      const proc = Bun.spawn(['sh', '-c', `pandoc ${body.input} -o /tmp/export-${Date.now()}.${body.format}`]) // expect: command-injection
      await proc.exited
      return { status: proc.exitCode === 0 ? 'done' : 'failed' }
    },
    { body: t.Object({ input: t.String(), format: t.Union([t.Literal('pdf'), t.Literal('docx')]) }) },
  )
  .get('/login/done', ({ query, redirect }) => {
    return redirect(query.next ?? '/notes') // expect: open-redirect
  })
  .post(
    '/session',
    async ({ jwt, body, cookie: { auth } }) => {
      const user = db.query('SELECT id, password_hash FROM users WHERE email = ?1').get(body.email) as { id: string; password_hash: string } | null
      if (!user || !(await Bun.password.verify(body.password, user.password_hash))) return new Response('invalid', { status: 401 })
      auth.set({ value: await jwt.sign({ sub: user.id }), httpOnly: true, secure: true, sameSite: 'lax', path: '/' }) // ok: insecure-cookie
      return { ok: true }
    },
    { body: t.Object({ email: t.String({ format: 'email' }), password: t.String() }) },
  )
  .onError(({ code, error, set }) => {
    if (code === 'VALIDATION') return { error: 'invalid request' }
    set.status = 500
    return { error: String(error), stack: (error as Error).stack } // expect: error-exposure
  })
