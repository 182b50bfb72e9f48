/**
 * Application shapes of JS/TS code: tRPC inputs narrowed by their zod schema, Remix loaders read
 * back through `useLoaderData()`, a bare `redirect()` in a hunk without its import, Electron's
 * IPC handlers, messages from a checked origin, child processes' output, a rendered user template
 * sent in the same statement, and commands built by command-line scripts from their own arguments.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TRPC = { path: 'src/server/routers/admin.ts' }

testRule(registered('js/shell-injection'), {
  valid: [
    { ...TRPC, code: "import { z } from 'zod'\nconst sh = promisify(exec)\nexport const admin = router({\n  restart: adminProcedure.input(z.object({ name: z.enum(['mailer', 'indexer']) })).mutation(async ({ input }) => {\n    const { stdout } = await sh(`systemctl restart app-${input.name}.service`)\n    return stdout\n  }),\n})" },
    // A command-line script building a command from its own arguments runs what its operator typed
    // (a command built from what it fetched or was handed is still reported; typescript-app-shapes).
    { path: 'scripts/release.ts', code: "import { execSync } from 'node:child_process'\nconst [, , version] = process.argv\nexecSync(`git tag v${version} && git push --tags`, { stdio: 'inherit' })" },
    { path: 'src/tools.js', code: "#!/usr/bin/env node\nconst { execSync } = require('child_process')\nconst dir = process.argv[2]\nexecSync(`tar czf backup.tgz ${dir}`)" },
    { ...TRPC, code: "import { z } from 'zod'\nconst sh = promisify(exec)\nexport const admin = router({\n  restart: adminProcedure.input(z.enum(['mailer', 'indexer'])).meta({ audit: true }).mutation(async ({ input }) => {\n    await sh(`systemctl restart app-${input}.service`)\n  }),\n})" },
  ],
  invalid: [
    { ...TRPC, code: "import { z } from 'zod'\nconst sh = promisify(exec)\nexport const admin = router({\n  restart: adminProcedure.input(z.object({ name: z.enum(['mailer']), tenant: z.string() })).mutation(async ({ input }) => {\n    await sh(`du -sh /srv/${input.tenant}`)\n  }),\n})", findings: [{ line: 5 }] },
    // A script is still run with request data when a handler in it passes some on.
    { path: 'scripts/server.js', code: "const { exec } = require('child_process')\napp.get('/ping', (req, res) => {\n  exec(`ping -c 1 ${req.query.host}`, (err, out) => res.send(out))\n})", findings: [{ line: 3 }] },
    { path: 'electron/main.ts', code: "import { ipcMain } from 'electron'\nimport { exec } from 'node:child_process'\nipcMain.handle('git:log', async (_event, branch: string) => {\n  exec(`git log ${branch}`)\n})", findings: [{ line: 4, message: /the renderer's `branch`/ }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [
    { path: 'electron/main.ts', code: "import { ipcMain, app } from 'electron'\nimport { writeFile } from 'node:fs/promises'\nimport path from 'node:path'\nipcMain.handle('settings:save', async (_event, settings: Record<string, unknown>) => {\n  await writeFile(path.join(app.getPath('userData'), 'settings.json'), JSON.stringify(settings))\n})" },
  ],
  invalid: [
    // Alone, the probe tells the client which files exist anywhere on the server.
    { path: 'pages/api/exists.ts', code: "export default function handler(req: NextApiRequest, res: NextApiResponse) {\n  const target = path.join(PUBLIC_DIR, String(req.query.file))\n  res.status(fs.existsSync(target) ? 200 : 404).end()\n}", findings: [{ line: 3 }] },
    // The existence check before the read is not a second finding: the read is the sink.
    { path: 'pages/api/export.ts', code: "export default function handler(req: NextApiRequest, res: NextApiResponse) {\n  const file = path.join(EXPORTS, `${req.query.report}.csv`)\n  if (!fs.existsSync(file)) return res.status(404).end()\n  fs.createReadStream(file).pipe(res)\n}", findings: [{ line: 4 }] },
    { path: 'electron/main.ts', code: "import { ipcMain } from 'electron'\nimport { readFile } from 'node:fs/promises'\nimport path from 'node:path'\nipcMain.handle('project:read', async (_event, dir: string, rel: string) => {\n  return readFile(path.join(dir, rel), 'utf8')\n})", findings: [{ line: 5 }] },
  ],
})

/** A modified route module whose hunk shows the action's body but not the file's imports. */
function actionHunk(added: string[]): string {
  const context = ['export async function action({ request }: ActionFunctionArgs) {', '  const form = await request.formData();', "  await save(String(form.get('memo') ?? ''));"]
  const lines = [...context.map((l) => ` ${l}`), ...added.map((l) => `+${l}`), "   return redirect('/invoices');", ' }']
  const path = 'app/routes/invoices.tsx'
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -20,5 +20,${lines.length} @@`, ...lines, ''].join('\n')
}

testRule(registered('js/open-redirect'), {
  valid: [
    { code: '', diff: actionHunk(["  const back = form.get('back');", "  if (back === '/home') return redirect(back);"]) },
    { path: 'app/routes/x.tsx', code: "import { redirect } from './lib/nav'\nexport async function action({ request }: ActionFunctionArgs) {\n  const form = await request.formData()\n  return redirect(String(form.get('back')))\n}" },
  ],
  invalid: [
    { code: '', diff: actionHunk(["  const back = form.get('back');", "  if (typeof back === 'string' && back.length > 0) return redirect(back);"]), findings: [{ line: 24 }] },
  ],
})

const ROUTE = { path: 'app/routes/notes.$id.tsx' }
const LOADER = "import { json, type LoaderFunctionArgs } from '@remix-run/node'\nimport { useLoaderData } from '@remix-run/react'\nimport sanitizeHtml from 'sanitize-html'\nexport async function loader({ request, params }: LoaderFunctionArgs) {\n  const note = await db.note.findFirst({ where: { id: params.id } })\n  const flash = new URL(request.url).searchParams.get('flash') ?? ''\n  return json({ note, flash, bodyHtml: sanitizeHtml(note.body) })\n}\n"

const NEST = { path: 'src/greet/greet.controller.ts' }
const NEST_HEAD = "import { Body, Controller, Get, Header, Post, Query } from '@nestjs/common'\nimport * as ejs from 'ejs'\n@Controller('greet')\nexport class GreetController {\n"

testRule(registered('js/xss-sink'), {
  valid: [
    { ...ROUTE, code: `${LOADER}export default function Note() {\n  const { bodyHtml } = useLoaderData<typeof loader>()\n  return <div dangerouslySetInnerHTML={{ __html: bodyHtml }} />\n}` },
    // A style element's CSS from the component's theme (configuration, not request data).
    { path: 'src/lib/pages/signin.tsx', code: 'export function Signin({ theme }) {\n  return <style dangerouslySetInnerHTML={{ __html: `:root { --brand-color: ${theme.brandColor} }` }} />\n}' },
    { path: 'public/widget.js', code: "window.addEventListener('message', (event) => {\n  if (event.origin !== 'https://widgets.example.com') return\n  document.querySelector('#w').innerHTML = event.data.html\n})" },
    { path: 'public/widget.js', code: "const ORIGINS = ['https://a.example.com']\nwindow.addEventListener('message', (event) => {\n  if (!ORIGINS.includes(event.origin)) return\n  document.querySelector('#w').innerHTML = event.data.html\n})" },
    // The program's output is not the request's text, whatever arguments it was given.
    { path: 'src/plugins/pdf.js', code: "const { spawn } = require('child_process')\nfastify.post('/pdf', async (request, reply) => {\n  const child = spawn('wkhtmltopdf', ['--page-size', request.body.paper, 'http://localhost/x', '-'])\n  return reply.send(child.stdout)\n})" },
    // A proxied response is the upstream server's content; the flaw is the fetch (SSRF), not the send.
    { path: 'pages/api/proxy.ts', code: "import got from 'got'\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const r = await got(String(req.query.url))\n  res.status(200).send(r.body)\n}" },
    { path: 'src/routes/msg.js', code: "app.get('/err', (req, res) => {\n  res.status(400).type('text/plain').send(`Invalid value: ${req.query.v}`)\n})" },
    { path: 'src/plugins/msg.js', code: "fastify.get('/err', async (request, reply) => {\n  return reply.code(400).send(`Invalid value: ${request.query.v}`)\n})" },
    { ...NEST, code: `${NEST_HEAD}  @Get('hello')\n  hello(@Query('name') name: string) {\n    return { greeting: \`Hello \${name}\` }\n  }\n}` },
    { ...NEST, code: `${NEST_HEAD}  @Get('hello')\n  @Header('Content-Type', 'text/plain')\n  hello(@Query('name') name: string) {\n    return \`<h1>Hello \${name}</h1>\`\n  }\n}` },
    { ...NEST, code: `${NEST_HEAD}  @Post('preview')\n  preview(@Body() dto: { template: string }) {\n    return ejs.render(dto.template, {})\n  }\n}` },
    // The template the client wrote is the flaw (template injection at the render call), not a second one where it is sent.
    { path: 'src/routes/templates.js', code: "const env = nunjucks.configure('views', { autoescape: true })\nrouter.post('/preview', (req, res) => {\n  res.send(env.renderString(req.body.source, { user: req.user }))\n})" },
    // … also when what it rendered is kept in a variable first.
    { path: 'src/routes/templates.js', code: "router.post('/preview', (req, res) => {\n  const html = ejs.render(req.body.template, {})\n  res.send(html)\n})" },
    { path: 'src/routes/templates.js', code: "router.post('/preview', (req, res) => {\n  const html = pug.render(req.body.markup, { user: req.user })\n  res.type('html').send(html)\n})" },
  ],
  invalid: [
    { ...ROUTE, code: `${LOADER}export default function Note() {\n  const { flash } = useLoaderData<typeof loader>()\n  return <p dangerouslySetInnerHTML={{ __html: flash }} />\n}`, findings: [{ line: 11, message: /request\.url/ }] },
    // Request data in a style element can close it and open a script.
    { path: 'src/app/themed/page.tsx', code: "export default function Page({ searchParams }) {\n  const color = searchParams.color\n  return <style dangerouslySetInnerHTML={{ __html: `body { color: ${color} }` }} />\n}", findings: [{ line: 3 }] },
    { path: 'public/theme.js', code: "const color = new URLSearchParams(location.search).get('c')\nReactDOM.render(<style dangerouslySetInnerHTML={{ __html: `body { color: ${color} }` }} />, root)", findings: [{ line: 2 }] },
    { path: 'public/widget.js', code: "window.addEventListener('message', (event) => {\n  if (event.data.type !== 'render') return\n  document.querySelector('#w').innerHTML = event.data.html\n})", findings: [{ line: 3 }] },
    { path: 'src/routes/md.js', code: "router.post('/preview', (req, res) => {\n  res.send(md.render(req.body.text))\n})", findings: [{ line: 2 }] },
    // Express sends a string as `text/html`, whatever it starts with.
    { path: 'src/routes/msg.js', code: "app.get('/err', (req, res) => {\n  res.status(400).send(`Invalid value: ${req.query.v}`)\n})", findings: [{ line: 2 }] },
    { ...NEST, code: `${NEST_HEAD}  @Get('hello')\n  hello(@Query('name') name: string) {\n    return \`<h1>Hello \${name}</h1>\`\n  }\n}`, findings: [{ line: 7 }] },
    { ...NEST, code: `${NEST_HEAD}  @Get('hello')\n  @Header('Content-Type', 'text/html')\n  hello(@Query('name') name: string) {\n    return 'Hello ' + name\n  }\n}`, findings: [{ line: 8 }] },
  ],
})

/** A modified NestJS controller whose hunk starts at a route's signature, below the class header. */
function controllerHunk(added: string): string {
  const path = 'src/docs/docs.controller.ts'
  const lines = [
    "   get(@Param('name') name: string, @Query('v') version: string, @Res() res: Response) {",
    "     const v = version || 'latest';",
    `+${added}`,
    '   }',
    ' ',
    '   @Get()',
    "   async list(@Query('sort') sort: string) {",
    "     return this.ds.query('SELECT * FROM docs');",
    '   }',
  ]
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, '@@ -12,8 +12,9 @@ export class DocsController {', ...lines, ''].join('\n')
}

testRule(registered('js/path-traversal'), {
  valid: [{ code: '', diff: controllerHunk("    res.sendFile(basename(name), { root: '/srv/docs' });") }],
  invalid: [{ code: '', diff: controllerHunk("    res.sendFile(join('/srv/docs', v, name));"), findings: [{ line: 14, message: /@Query\('v'\)|@Param\('name'\)/ }] }],
})

testRule(registered('js/sql-injection'), {
  valid: [
    // A TypeScript cast inside the allow-list check is the same value checked.
    { path: 'src/routes/items.ts', code: "const SORTS = ['name', 'created_at'] as const\napp.get('/items', async (req, res) => {\n  const sort = SORTS.includes(req.query.sort as any) ? req.query.sort : 'name'\n  res.json((await pool.query(`SELECT * FROM items ORDER BY ${sort}`)).rows)\n})" },
    // validator.js format checks that admit no quote or space.
    { path: 'src/routes/users.ts', code: "import validator from 'validator'\nrouter.get('/users/:id', async (req, res) => {\n  if (!validator.isUUID(req.params.id)) return res.status(400).send('bad id')\n  res.json((await pool.query(`SELECT * FROM users WHERE id = '${req.params.id}'`)).rows)\n})" },
    // A service parameter typed as string literals: its callers had to narrow the value to one of them.
    { path: 'src/users/users.service.ts', code: "import { Injectable } from '@nestjs/common'\n@Injectable()\nexport class UsersService {\n  search(term: string, sort: 'name' | 'createdAt') {\n    return this.ds.query(`SELECT * FROM users WHERE name ILIKE $1 ORDER BY ${sort}`, [`%${term}%`])\n  }\n}" },
    // Validation declared on the route runs before the handler: Hono's zValidator, Fastify's JSON schema.
    { path: 'src/index.ts', code: "import { Hono } from 'hono'\nimport { zValidator } from '@hono/zod-validator'\nimport { z } from 'zod'\nconst app = new Hono()\napp.get('/s', zValidator('query', z.object({ sort: z.enum(['name', 'date']) })), async (c) => {\n  const { sort } = c.req.valid('query')\n  return c.json(await c.env.DB.prepare(`SELECT * FROM t ORDER BY ${sort}`).all())\n})" },
    { path: 'src/routes.js', code: "fastify.get('/r', { schema: { querystring: { type: 'object', properties: { sort: { type: 'string', enum: ['name', 'date'] } } } } }, async (request) => {\n  return fastify.pg.query(`SELECT * FROM t ORDER BY ${request.query.sort}`)\n})" },
    // A DTO property pinned by class-validator (`@IsIn`, `@IsInt`) is checked by the validation pipe before the handler runs.
    { path: 'src/x/x.controller.ts', code: "import { Controller, Get, Query } from '@nestjs/common'\nimport { IsIn, IsInt } from 'class-validator'\nclass ListDto {\n  @IsIn(['name', 'date'])\n  sort!: string\n  @IsInt() limit!: number\n}\n@Controller('x')\nexport class XController {\n  @Get()\n  list(@Query() dto: ListDto) {\n    return this.ds.query(`SELECT * FROM t ORDER BY ${dto.sort} LIMIT ${dto.limit}`)\n  }\n}" },
    // A migration script's SQL comes from its operator's arguments.
    { path: 'scripts/add-column.js', code: "const [, , table, column] = process.argv\nasync function main(db) {\n  await db.query(`UPDATE ${table} SET ${column} = '' WHERE id > ${process.argv[4]}`)\n}" },
    // Placeholders numbered by the element's position carry no element text.
    { path: 'src/routes/items.ts', code: "app.get('/items', async (req, res) => {\n  const ids = String(req.query.ids).split(',')\n  const sql = `SELECT * FROM items WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(',')})`\n  res.json((await pool.query(sql, ids)).rows)\n})" },
  ],
  invalid: [
    { path: 'src/routes/items.ts', code: "app.get('/items', async (req, res) => {\n  const ids = String(req.query.ids).split(',')\n  const sql = `SELECT * FROM items WHERE id IN (${ids.map((id, i) => `'${id}'`).join(',')})`\n  res.json((await pool.query(sql)).rows)\n})", findings: [{ line: 4 }] },
    { path: 'src/index.ts', code: "import { Hono } from 'hono'\nimport { zValidator } from '@hono/zod-validator'\nimport { z } from 'zod'\nconst app = new Hono()\napp.get('/s', zValidator('query', z.object({ sort: z.enum(['name', 'date']), q: z.string() })), async (c) => {\n  const { q } = c.req.valid('query')\n  return c.json(await c.env.DB.prepare(`SELECT * FROM t WHERE name = '${q}'`).all())\n})", findings: [{ line: 7 }] },
    { path: 'src/routes.js', code: "fastify.get('/r', { schema: { querystring: { type: 'object', properties: { sort: { type: 'string', enum: ['name', 'date'] }, q: { type: 'string' } } } } }, async (request) => {\n  return fastify.pg.query(`SELECT * FROM t WHERE name = '${request.query.q}' ORDER BY ${request.query.sort}`)\n})", findings: [{ line: 2 }] },
    { path: 'src/x/x.controller.ts', code: "import { Controller, Get, Query } from '@nestjs/common'\nimport { IsIn, IsString } from 'class-validator'\nclass ListDto {\n  @IsIn(['name', 'date'])\n  sort!: string\n  @IsString() q!: string\n}\n@Controller('x')\nexport class XController {\n  @Get()\n  list(@Query() dto: ListDto) {\n    return this.ds.query(`SELECT * FROM t WHERE name = '${dto.q}' ORDER BY ${dto.sort}`)\n  }\n}", findings: [{ line: 12, message: /dto\.q`/ }] },
    // The same type on a controller parameter is unchecked: Nest hands over whatever the query string holds.
    { path: 'src/users/users.controller.ts', code: "import { Controller, Get, Query } from '@nestjs/common'\n@Controller('users')\nexport class UsersController {\n  @Get()\n  list(@Query('sort') sort: 'name' | 'createdAt') {\n    return this.ds.query(`SELECT * FROM users WHERE name = '${sort}'`)\n  }\n}", findings: [{ line: 6 }] },
    { path: 'src/jobs/add-column.js', code: "const [, , table, column] = process.argv\nasync function main(db) {\n  await db.query(`UPDATE ${table} SET ${column} = '' WHERE id > ${process.argv[4]}`)\n}", findings: [{ line: 3 }] },
    { path: 'src/routes/users.ts', code: "import validator from 'validator'\nrouter.get('/users', async (req, res) => {\n  if (!validator.isEmail(req.query.email)) return res.status(400).send('bad email')\n  res.json((await pool.query(`SELECT * FROM users WHERE email = '${req.query.email}'`)).rows)\n})", findings: [{ line: 4 }] },
    { path: 'src/routes/items.ts', code: "const SORTS = ['name', 'created_at'] as const\napp.get('/items', async (req, res) => {\n  const sort = SORTS.includes(req.query.order as any) ? req.query.sort : 'name'\n  res.json((await pool.query(`SELECT * FROM items ORDER BY ${sort}`)).rows)\n})", findings: [{ line: 4 }] },
  ],
})

const PAGE = { path: 'src/pages/login.tsx' }

testRule(registered('js/open-redirect'), {
  valid: [
    { ...PAGE, code: "import { useRouter } from 'next/router'\nexport default function Search() {\n  const router = useRouter()\n  router.push(`/search?q=${router.query.q}`)\n  router.push({ pathname: '/search', query: { ...router.query, page: 2 } })\n  router.replace(router.asPath, undefined, { shallow: true })\n  return <p>{router.query.q}</p>\n}" },
    // React Router's navigate stays inside the app whatever path it is given.
    { ...PAGE, code: "import { useNavigate, useSearchParams } from 'react-router-dom'\nexport default function Login() {\n  const navigate = useNavigate()\n  const [params] = useSearchParams()\n  return <button onClick={() => navigate(params.get('next') ?? '/')}>Go</button>\n}" },
  ],
  invalid: [
    { ...PAGE, code: "import { useRouter } from 'next/router'\nexport default function Login() {\n  const router = useRouter()\n  const next = router.query.next as string\n  async function done() {\n    router.push(next)\n  }\n  return <button onClick={done}>Sign in</button>\n}", findings: [{ line: 6 }] },
    { ...PAGE, code: "'use client'\nimport { useRouter, useSearchParams } from 'next/navigation'\nexport default function Login() {\n  const router = useRouter()\n  const params = useSearchParams()\n  return <button onClick={() => router.replace(params.get('returnTo') ?? '/')}>Go</button>\n}", findings: [{ line: 6 }] },
  ],
})

// A script (or frame) element pointed at a URL from the page's address runs whatever that URL serves, and a link made
// here runs a `javascript:` URL when followed; one whose host and path the code wrote, a checked scheme, and an image do not.
testRule(registered('js/xss-sink'), {
  valid: [
    // a link whose scheme was checked, or whose path the code wrote
    { code: "const params = new URLSearchParams(window.location.search)\nfunction share() {\n  const link = document.createElement('a')\n  const u = params.get('u')\n  if (/^https:\\/\\//.test(u)) link.href = u\n  const back = document.createElement('a')\n  back.href = `/search?q=${encodeURIComponent(params.get('q'))}`\n}", path: 'public/js/app.js' },
    { code: "const params = new URLSearchParams(window.location.search)\nfunction loadKnown() {\n  const script = document.createElement('script')\n  script.src = `https://cdn.example.com/widgets/${encodeURIComponent(params.get('name'))}.js`\n  document.body.appendChild(script)\n}\nfunction avatar() {\n  const img = document.createElement('img')\n  img.src = params.get('avatar')\n  document.body.appendChild(img)\n}", path: 'public/js/app.js' },
  ],
  invalid: [
    { code: "const params = new URLSearchParams(window.location.search)\nfunction share() {\n  const link = document.createElement('a')\n  link.href = params.get('u')\n  document.body.append(link)\n}", path: 'public/js/app.js', findings: [{ line: 4, message: /javascript:/ }] },
    { code: "const params = new URLSearchParams(window.location.search)\nfunction loadWidget() {\n  const script = document.createElement('script')\n  script.src = params.get('widget')\n  document.body.appendChild(script)\n}", path: 'public/js/app.js', findings: [{ line: 4, message: /script or frame element/ }] },
  ],
})
