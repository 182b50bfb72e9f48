/**
 * Entry points whose parameters are what a client sent, with no request object in sight: Astro
 * actions, Firebase callable functions, TanStack Start server functions, Qwik City loaders and
 * actions, Pothos/graphql-js field resolvers next to their `args`, AdonisJS controllers taking an
 * `HttpContext`; and the sinks such code reaches: Lucid's `db.rawQuery`, Kysely's `sql.lit`, h3's
 * `setResponseHeader`, Elysia's `set.headers`, Bun's shell with `{ raw }`, TanStack's
 * `redirect({ href })`, jose's `decodeJwt` imported through a Deno `npm:` specifier.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const ASTRO = { path: 'src/actions/index.ts' }
const FIREBASE = { path: 'functions/src/index.ts' }

testRule(registered('js/ssrf'), {
  valid: [
    { ...ASTRO, code: "import { defineAction } from 'astro:actions'\nimport { z } from 'astro:schema'\nconst FEEDS = { news: 'https://feeds.example.com/news.xml' }\nexport const server = {\n  importFeed: defineAction({\n    input: z.object({ feed: z.enum(['news']) }),\n    handler: async ({ feed }) => {\n      const res = await fetch(FEEDS[feed])\n      return res.ok\n    },\n  }),\n}" },
    { ...FIREBASE, code: "import { onCall } from 'firebase-functions/v2/https'\nexport const profile = onCall(async (request) => {\n  const res = await fetch(`https://api.example.com/users/${encodeURIComponent(request.auth!.uid)}`)\n  return res.json()\n})" },
  ],
  invalid: [
    { ...ASTRO, code: "import { defineAction } from 'astro:actions'\nimport { z } from 'astro:schema'\nexport const server = {\n  importFeed: defineAction({\n    input: z.object({ feedUrl: z.string().url() }),\n    handler: async ({ feedUrl }, context) => {\n      const res = await fetch(feedUrl)\n      return res.ok\n    },\n  }),\n}", findings: [{ line: 7 }] },
    { ...FIREBASE, code: "import { onCall } from 'firebase-functions/v2/https'\nexport const mirror = onCall(async (request) => {\n  const { avatarUrl } = request.data as { avatarUrl: string }\n  const res = await fetch(avatarUrl)\n  return { size: (await res.arrayBuffer()).byteLength }\n})", findings: [{ line: 4 }] },
    { ...FIREBASE, code: "import * as functions from 'firebase-functions'\nexport const mirror = functions.https.onCall(async (data, context) => {\n  const res = await fetch(data.url)\n  return { ok: res.ok }\n})", findings: [{ line: 3 }] },
  ],
})

const START = { path: 'src/server/backups.functions.ts' }

testRule(registered('js/path-traversal'), {
  valid: [
    { ...START, code: "import { createServerFn } from '@tanstack/react-start'\nimport { readFile } from 'node:fs/promises'\nimport path from 'node:path'\nimport { z } from 'zod'\nexport const meta = createServerFn({ method: 'GET' })\n  .validator(z.object({ kind: z.enum(['daily', 'weekly']) }))\n  .handler(async ({ data }) => readFile(path.join('/srv/backups', `${data.kind}.json`), 'utf8'))" },
    { path: 'app/controllers/files_controller.ts', code: "import type { HttpContext } from '@adonisjs/core/http'\nimport app from '@adonisjs/core/services/app'\nimport { basename } from 'node:path'\nexport default class FilesController {\n  async show({ params, response }: HttpContext) {\n    return response.download(app.makePath('storage', basename(params.file)))\n  }\n}" },
    // h3's validated reader hands back the schema's parse: an enum member holds no `../`.
    { path: 'server/api/attachments/[id].get.ts', code: "import { z } from 'zod'\nimport { createReadStream } from 'node:fs'\nimport { join } from 'node:path'\nconst querySchema = z.object({ variant: z.enum(['original', 'thumb']) })\nexport default defineEventHandler(async (event) => {\n  const { variant } = await getValidatedQuery(event, querySchema.parse)\n  return sendStream(event, createReadStream(join('/srv/files', variant, 'cover.png')))\n})" },
    // The extension of an uploaded file's name holds no separator.
    { path: 'src/server.ts', code: "import { extname, join } from 'node:path'\nBun.serve({\n  async fetch(req) {\n    const upload = (await req.formData()).get('file') as File\n    const target = join('./media', `${crypto.randomUUID()}${extname(upload.name)}`)\n    await Bun.write(target, upload)\n    return new Response('ok')\n  },\n})" },
  ],
  invalid: [
    { ...START, code: "import { createServerFn } from '@tanstack/react-start'\nimport { readFile } from 'node:fs/promises'\nimport path from 'node:path'\nexport const meta = createServerFn({ method: 'GET' })\n  .validator((input: { file: string }) => input)\n  .handler(async ({ data }) => {\n    return readFile(path.join('/srv/backups', `${data.file}.json`), 'utf8')\n  })", findings: [{ line: 7 }] },
    { path: 'app/controllers/files_controller.ts', code: "import type { HttpContext } from '@adonisjs/core/http'\nimport app from '@adonisjs/core/services/app'\nexport default class FilesController {\n  async show({ params, response }: HttpContext) {\n    return response.download(app.makePath('storage', params.file))\n  }\n}", findings: [{ line: 5 }] },
    { path: 'server/api/attachments/[id].get.ts', code: "import { z } from 'zod'\nimport { createReadStream } from 'node:fs'\nimport { join } from 'node:path'\nconst querySchema = z.object({ name: z.string().min(1) })\nexport default defineEventHandler(async (event) => {\n  const { name } = await getValidatedQuery(event, querySchema.parse)\n  return sendStream(event, createReadStream(join('/srv/files', name)))\n})", findings: [{ line: 7 }] },
    // A route picked by the path's prefix leaves the rest of the path the client's (`..%2f` decoded).
    { path: 'src/server.ts', code: "import { join } from 'node:path'\nBun.serve({\n  async fetch(req) {\n    const url = new URL(req.url)\n    if (url.pathname.startsWith('/files/')) {\n      const name = decodeURIComponent(url.pathname.slice(7))\n      return new Response(Bun.file(join('./media', name)))\n    }\n    return new Response('not found', { status: 404 })\n  },\n})", findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    { ...START, code: "import { createServerFn } from '@tanstack/react-start'\nimport { redirect } from '@tanstack/react-router'\nexport const done = createServerFn({ method: 'POST' })\n  .validator((d: { next?: string }) => d)\n  .handler(async () => {\n    throw redirect({ to: '/admin' })\n  })" },
    { path: 'src/routes/account/index.tsx', code: "import { routeLoader$ } from '@builder.io/qwik-city'\nexport const useAccount = routeLoader$(async ({ query, redirect, cookie }) => {\n  if (!cookie.get('session')) throw redirect(302, `/login?next=${encodeURIComponent(query.get('next') ?? '/')}`)\n  return { ok: true }\n})" },
    { path: 'app/routes/settings.tsx', code: "import { redirect } from '@remix-run/node'\nimport { safeRedirect } from 'remix-utils/safe-redirect'\nexport async function action({ request }: ActionFunctionArgs) {\n  const form = await request.formData()\n  return redirect(safeRedirect(form.get('redirectTo'), '/settings'))\n}" },
  ],
  invalid: [
    { ...START, code: "import { createServerFn } from '@tanstack/react-start'\nimport { redirect } from '@tanstack/react-router'\nexport const done = createServerFn({ method: 'POST' })\n  .validator((d: { next?: string }) => d)\n  .handler(async ({ data }) => {\n    throw redirect({ href: data.next ?? '/admin' })\n  })", findings: [{ line: 6 }] },
    { path: 'src/routes/account/index.tsx', code: "import { routeLoader$ } from '@builder.io/qwik-city'\nexport const useAccount = routeLoader$(async ({ query, redirect, cookie }) => {\n  if (!cookie.get('session')) throw redirect(302, query.get('back') ?? '/')\n  return { ok: true }\n})", findings: [{ line: 3 }] },
    { path: 'app/routes/settings.tsx', code: "import { redirect } from '@remix-run/node'\nexport async function action({ request }: ActionFunctionArgs) {\n  const form = await request.formData()\n  return redirect(String(form.get('redirectTo') ?? '/settings'))\n}", findings: [{ line: 4 }] },
  ],
})

const POTHOS = { path: 'src/graphql/schema.ts' }

testRule(registered('js/regex-injection'), {
  valid: [
    { ...POTHOS, code: "builder.queryType({\n  fields: (t) => ({\n    subjects: t.stringList({\n      args: { pattern: t.arg.string({ required: true }) },\n      resolve: (_root, args) => SUBJECTS.filter((s) => s.includes(args.pattern)),\n    }),\n  }),\n})" },
  ],
  invalid: [
    { ...POTHOS, code: "builder.queryType({\n  fields: (t) => ({\n    subjects: t.stringList({\n      args: { pattern: t.arg.string({ required: true }) },\n      resolve: (_root, args) => {\n        const matcher = new RegExp(args.pattern, 'i')\n        return SUBJECTS.filter((s) => matcher.test(s))\n      },\n    }),\n  }),\n})", findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { ...POTHOS, code: "builder.queryType({\n  fields: (t) => ({\n    tickets: t.prismaField({\n      type: ['Ticket'],\n      args: { label: t.arg.string({ required: true }) },\n      resolve: (query, _root, args) => prisma.$queryRaw`select * from \"Ticket\" where label = ${args.label}`,\n    }),\n  }),\n})" },
    { path: 'app/controllers/invoices_controller.ts', code: "import type { HttpContext } from '@adonisjs/core/http'\nimport db from '@adonisjs/lucid/services/db'\nexport default class InvoicesController {\n  async index({ request }: HttpContext) {\n    return db.rawQuery('select * from invoices where status = ?', [request.input('status')])\n  }\n}" },
    { path: 'src/server/api/routers/tags.ts', code: "import { sql } from 'kysely'\nexport const tagsRouter = createTRPCRouter({\n  byTag: protectedProcedure.input(z.object({ tag: z.string() })).query(async ({ input }) => {\n    return db.selectFrom('project_tags').select('project_id').where(sql`tag = ${input.tag}`).execute()\n  }),\n})" },
  ],
  invalid: [
    { ...POTHOS, code: "builder.queryType({\n  fields: (t) => ({\n    tickets: t.prismaField({\n      type: ['Ticket'],\n      args: { status: t.arg.string() },\n      resolve: (query, _root, args) => prisma.$queryRawUnsafe(`select * from \"Ticket\" where status = '${args.status}'`),\n    }),\n  }),\n})", findings: [{ line: 6 }] },
    { path: 'app/controllers/invoices_controller.ts', code: "import type { HttpContext } from '@adonisjs/core/http'\nimport db from '@adonisjs/lucid/services/db'\nexport default class InvoicesController {\n  async index({ request }: HttpContext) {\n    const status = request.input('status')\n    return db.rawQuery(`select * from invoices where status = '${status}'`)\n  }\n}", findings: [{ line: 6 }] },
    { path: 'src/server/api/routers/tags.ts', code: "import { sql } from 'kysely'\nexport const tagsRouter = createTRPCRouter({\n  byTag: protectedProcedure.input(z.object({ tag: z.string() })).query(async ({ input }) => {\n    return db.selectFrom('project_tags').select('project_id').where(sql`tag = ${sql.lit(input.tag)}`).execute()\n  }),\n})", findings: [{ line: 4 }] },
    // A hunk below the file's imports: `sql.lit` is Kysely's all the same.
    { path: 'src/server/api/routers/tags.ts', code: "export const tagsRouter = createTRPCRouter({\n  byTag: protectedProcedure.input(z.object({ tag: z.string() })).query(async ({ input }) => {\n    return db.selectFrom('project_tags').select('project_id').where(sql`tag = ${sql.lit(input.tag)}`).execute()\n  }),\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/shell-injection'), {
  valid: [
    // Only the way past a failed check holds what it let through; a branch that reassigns keeps the value fixed.
    { path: 'src/routes/render.ts', code: "import { exec } from 'node:child_process'\nconst STYLES = ['default', 'compact']\napp.post('/render', (req, res) => {\n  let style = req.body.style\n  if (!STYLES.includes(style)) style = 'default'\n  exec(`wkhtmltopdf --user-style-sheet ${style}.css in.html out.pdf`)\n  res.end()\n})" },
    { path: 'src/server.ts', code: "import { $ } from 'bun'\nBun.serve({\n  async fetch(req) {\n    const range = new URL(req.url).searchParams.get('range') ?? 'HEAD~10..HEAD'\n    return new Response(await $`git log --oneline ${range}`.text())\n  },\n})" },
  ],
  invalid: [
    { path: 'src/routes/render.ts', code: "import { exec } from 'node:child_process'\napp.post('/render', (req, res) => {\n  const template = req.body.template\n  if (template !== 'default') {\n    exec(`wkhtmltopdf --user-style-sheet ${template}.css in.html out.pdf`)\n  }\n  res.end()\n})", findings: [{ line: 5 }] },
    { path: 'src/server.ts', code: "import { $ } from 'bun'\nBun.serve({\n  async fetch(req) {\n    const range = new URL(req.url).searchParams.get('range') ?? 'HEAD~10..HEAD'\n    return new Response(await $`git log --oneline ${{ raw: range }}`.text())\n  },\n})", findings: [{ line: 5 }] },
  ],
})

const NITRO = { path: 'server/api/exports/download.get.ts' }

testRule(registered('js/header-injection'), {
  valid: [
    { ...NITRO, code: "export default defineEventHandler(async (event) => {\n  const { name } = getQuery(event) as { name?: string }\n  setResponseHeader(event, 'Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name ?? 'export.csv')}`)\n  return 'a,b'\n})" },
    { path: 'src/index.ts', code: "import { Elysia } from 'elysia'\nexport const app = new Elysia().get('/export/:id', ({ params, set }) => {\n  set.headers['content-type'] = 'text/csv'\n  return `id,${Number(params.id)}`\n})" },
  ],
  invalid: [
    { ...NITRO, code: "export default defineEventHandler(async (event) => {\n  const { name } = getQuery(event) as { name?: string }\n  setResponseHeader(event, 'Content-Disposition', `attachment; filename=\"${name}\"`)\n  return 'a,b'\n})", findings: [{ line: 3 }] },
    { path: 'src/index.ts', code: "import { Elysia } from 'elysia'\nexport const app = new Elysia().get('/export/:id', ({ params, set }) => {\n  set.headers['content-disposition'] = `attachment; filename=\"clicks-${params.id}.csv\"`\n  return 'a,b'\n})", findings: [{ line: 3 }] },
  ],
})

const EDGE = { path: 'supabase/functions/notify/index.ts' }

testRule(registered('crypto/jwt-verify-disabled'), {
  valid: [
    { ...EDGE, code: "import { jwtVerify } from 'npm:jose@5'\nconst SECRET = new TextEncoder().encode(Deno.env.get('JWT_SECRET')!)\nDeno.serve(async (req) => {\n  const token = (req.headers.get('authorization') ?? '').replace(/^Bearer\\s+/i, '')\n  const { payload } = await jwtVerify(token, SECRET, { algorithms: ['HS256'] })\n  return new Response(String(payload.sub))\n})" },
  ],
  invalid: [
    { ...EDGE, code: "import { decodeJwt } from 'npm:jose@5'\nDeno.serve(async (req) => {\n  const token = (req.headers.get('authorization') ?? '').replace(/^Bearer\\s+/i, '')\n  const claims = decodeJwt(token)\n  return new Response(String(claims.sub))\n})", findings: [{ line: 4 }] },
    { ...EDGE, code: "import { decodeJwt } from 'https://esm.sh/jose@5.2.0'\nDeno.serve(async (req) => {\n  const claims = decodeJwt(req.headers.get('authorization') ?? '')\n  return new Response(String(claims.sub))\n})", findings: [{ line: 3 }] },
  ],
})

// Elysia's error hook hands the error in its context, and `status(code, body)` answers with the body.
testRule(registered('js/error-exposure'), {
  valid: [
    { path: 'src/index.ts', code: "import { Elysia } from 'elysia'\nexport const app = new Elysia().onError(({ code, error, status }) => {\n  console.error(error)\n  return status(500, { error: code === 'VALIDATION' ? 'invalid request' : 'internal error' })\n})" },
  ],
  invalid: [
    { path: 'src/index.ts', code: "import { Elysia } from 'elysia'\nexport const app = new Elysia().onError(({ code, error, status }) => {\n  if (code === 'NOT_FOUND') return status(404, { error: 'not found' })\n  return status(500, { error: String(error), detail: error instanceof Error ? error.stack : undefined })\n})", findings: [{ line: 4 }] },
  ],
})

// A digest of a deployment secret and the message is a hand-made MAC: compared like a signature, and weak with MD5.
const UNSUBSCRIBE = { path: 'src/actions/index.ts' }

testRule(registered('js/timing-unsafe-comparison'), {
  valid: [
    { ...UNSUBSCRIBE, code: "import { createHmac, timingSafeEqual } from 'node:crypto'\nexport function checkUnsubscribe(email: string, sig: string): boolean {\n  const expected = createHmac('sha256', import.meta.env.UNSUBSCRIBE_SECRET).update(email).digest()\n  const given = Buffer.from(sig, 'hex')\n  return given.length === expected.length && timingSafeEqual(given, expected)\n}" },
    { ...UNSUBSCRIBE, code: "import { createHash } from 'node:crypto'\nexport function sameFile(upload: Buffer, stored: string): boolean {\n  const digest = createHash('sha256').update(upload).digest('hex')\n  return digest === stored\n}" },
  ],
  invalid: [
    { ...UNSUBSCRIBE, code: "import { createHash } from 'node:crypto'\nexport function checkUnsubscribe(email: string, sig: string): boolean {\n  const expected = createHash('sha256').update(`${email}:${import.meta.env.UNSUBSCRIBE_SALT}`).digest('hex')\n  return sig === expected\n}", findings: [{ line: 4 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    { ...UNSUBSCRIBE, code: "import { createHash } from 'node:crypto'\nexport function unsubscribeSig(email: string): string {\n  return createHash('sha256').update(`${email}:${process.env.UNSUBSCRIBE_SALT}`).digest('hex')\n}" },
    { ...UNSUBSCRIBE, code: "import { createHash } from 'node:crypto'\nexport function etag(body: string): string {\n  return createHash('md5').update(`${body}:${process.env.BUILD_ID}`).digest('hex')\n}" },
  ],
  invalid: [
    { ...UNSUBSCRIBE, code: "import { createHash } from 'node:crypto'\nexport function unsubscribeSig(email: string): string {\n  return createHash('md5').update(`${email}:${process.env.UNSUBSCRIBE_SALT}`).digest('hex')\n}", findings: [{ line: 3 }] },
  ],
})
