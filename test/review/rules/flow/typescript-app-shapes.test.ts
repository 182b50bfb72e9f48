/**
 * TypeScript application shapes: a check on one field of a request DTO leaves its other fields as
 * sent, a NestJS controller hunk below a DTO class the diff leaves open still sits in its
 * controller (git's hunk heading names it), and PostgreSQL's ILIKE compares like `=` in a
 * query builder's where clause, and an object URL (`URL.createObjectURL(blob)`) names a blob of this
 * origin, not a script.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const NEST = { path: 'src/admin/maintenance.controller.ts' }
const restore = (check: string) =>
  [
    "import { Body, Controller, Post } from '@nestjs/common'",
    "import { exec } from 'node:child_process'",
    "@Controller('admin')",
    'export class MaintenanceController {',
    "  @Post('restore')",
    '  async restore(@Body() dto: RestoreDto) {',
    "    const args = ['-d', dto.database]",
    `    ${check}`,
    '    exec(`psql -d ${dto.database} -c ANALYZE`)',
    '  }',
    '}',
  ].join('\n')

testRule(registered('js/shell-injection'), {
  valid: [
    { ...NEST, code: restore("if (dto.database !== 'analytics') throw new BadRequestException('unknown database')") },
    { ...NEST, code: restore("if (!['main', 'analytics'].includes(dto.database)) throw new BadRequestException()") },
  ],
  invalid: [
    // Comparing `dto.mode` says nothing about `dto.database`.
    { ...NEST, code: restore("if (dto.mode === 'schema-only') args.push('--schema-only')"), findings: [{ line: 9 }] },
    { ...NEST, code: restore("if (dto.ownerId !== user.id) throw new ForbiddenException()"), findings: [{ line: 9 }] },
  ],
})

/** Three hunks: the import, a DTO class opened above the gap, and a route of the controller below it. */
const controllerDiff = (added: string) => {
  const p = 'src/admin/maintenance.controller.ts'
  return [
    `diff --git a/${p} b/${p}`,
    `--- a/${p}`,
    `+++ b/${p}`,
    "@@ -1,4 +1,4 @@ import { Body, Controller, Post } from '@nestjs/common'",
    " import { Body, Controller, Post } from '@nestjs/common'",
    "-import { execFile } from 'node:child_process'",
    "+import { exec, execFile } from 'node:child_process'",
    " import { promisify } from 'node:util'",
    " import { IsString } from 'class-validator'",
    '@@ -8,5 +8,6 @@ const execFileAsync = promisify(execFile)',
    ' const execFileAsync = promisify(execFile)',
    '+const execAsync = promisify(exec)',
    ' ',
    ' export class ReindexDto {',
    '   @IsString()',
    '@@ -37,10 +38,11 @@ export class MaintenanceController {',
    "     const job = await this.jobs.create('restore', { snapshot: dto.snapshot })",
    "-    await this.jobs.update(job.id, { status: 'queued' })",
    "+    await this.jobs.update(job.id, { status: 'running' })",
    '     return { jobId: job.id }',
    '   }',
    ' ',
    "   @Post('reindex')",
    '   async reindex(@Body() dto: ReindexDto) {',
    "     await this.jobs.create('reindex', { index: dto.index })",
    `+    ${added}`,
    '     return { ok: true }',
    '   }',
    ' }',
    '',
  ].join('\n')
}

testRule(registered('js/shell-injection'), {
  valid: [{ code: '', diff: controllerDiff("await execFileAsync('curl', ['-s', '-X', 'POST', `http://localhost:9200/${encodeURIComponent(dto.index)}/_refresh`])") }],
  invalid: [{ code: '', diff: controllerDiff('await execAsync(`curl -s -X POST http://localhost:9200/${dto.index}/_refresh`)'), findings: [{ line: 46, message: /carrying request data/ }] }],
})

const SERVICE = { path: 'src/catalog/catalog.service.ts' }
const search = (where: string) =>
  [
    "import { Injectable } from '@nestjs/common'",
    '@Injectable()',
    'export class CatalogService {',
    '  async search(q: string) {',
    "    const qb = this.products.createQueryBuilder('p').where('p.published = true')",
    `    if (q) qb.andWhere(${where})`,
    '    return qb.getMany()',
    '  }',
    '}',
  ].join('\n')

testRule(registered('js/sql-injection'), {
  valid: [{ ...SERVICE, code: search("'p.name ILIKE :q', { q: `%${q}%` }") }],
  invalid: [
    { ...SERVICE, code: search("`p.name ILIKE '%${q}%'`"), findings: [{ line: 6 }] },
  ],
})

// NestJS parameters typed by no validated class hold what the client sent, objects included (`{"$ne": null}`).
const nest = (params: string, filter: string, extra = '') =>
  [
    "import { Body, Controller, Injectable, Post, Query } from '@nestjs/common'",
    "import { LoginDto } from './dto/login.dto'",
    'interface ResetBody { token: string }',
    'export interface UserSearch { role?: string; team?: string }',
    extra,
    "@Controller('auth')",
    'export class AuthController {',
    "  @Post('x')",
    `  async handle(${params}) {`,
    `    return this.userModel.findOne(${filter}).exec()`,
    '  }',
    '}',
  ].join('\n')
const service = (params: string, filter: string) =>
  [
    "import { Injectable } from '@nestjs/common'",
    'export interface UserSearch { role?: string; team?: string }',
    '@Injectable()',
    'export class UsersService {',
    `  async list(${params}) {`,
    `    return this.userModel.find(${filter}).exec()`,
    '  }',
    '}',
  ].join('\n')
const AUTH = { path: 'src/auth/auth.controller.ts' }
const USERS = { path: 'src/users/users.service.ts' }

testRule(registered('js/nosql-injection'), {
  valid: [
    // A DTO class (validated by its decorators and the ValidationPipe), here or imported.
    { ...AUTH, code: nest('@Body() dto: LoginDto', '{ email: dto.email }') },
    { ...AUTH, code: nest('@Body() dto: ResetDto', '{ resetToken: dto.token }', 'export class ResetDto {\n  @IsString()\n  token!: string\n}') },
    { ...AUTH, code: nest("@Param('id') id: string", '{ _id: id }') },
    { ...USERS, code: service('name: string', '{ name }') },
    { ...USERS, code: service('query: UserSearch', '{ role: String(query.role) }') },
  ],
  invalid: [
    { ...AUTH, code: nest('@Body() body: ResetBody', '{ resetToken: body.token }'), findings: [{ line: 10 }] },
    { ...AUTH, code: nest("@Query('role') role: string", '{ role }'), findings: [{ line: 10 }] },
    { ...AUTH, code: nest('@Query() q: { role?: string }', '{ role: q.role }'), findings: [{ line: 10 }] },
    { ...USERS, code: service('query: UserSearch', '{ role: query.role }'), findings: [{ line: 6 }] },
  ],
})

// A server action is an endpoint: any client can call it with arguments of its choosing.
const ACTIONS = { path: 'app/settings/actions.ts' }
const action = (body: string, directive = "'use server'\n") =>
  `${directive}import { redirect } from 'next/navigation'\nexport async function switchTeam(teamId: string, returnTo: string) {\n  await requireMember(teamId)\n  ${body}\n}\n`

testRule(registered('js/open-redirect'), {
  valid: [
    { ...ACTIONS, code: action("redirect('/settings/teams')") },
    { ...ACTIONS, code: action("redirect(returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/')") },
    // The same helper in a module that is not a server action module is called by the app's own code.
    { path: 'lib/navigation.ts', code: action('redirect(returnTo)', '') },
  ],
  invalid: [
    { ...ACTIONS, code: action('redirect(returnTo)'), findings: [{ line: 5, message: /server action/ }] },
    { ...ACTIONS, code: `// Team switching\n${action('redirect(returnTo)', '"use server"\n')}`, findings: [{ line: 6 }] },
    {
      path: 'app/teams/page.tsx',
      code: "import { redirect } from 'next/navigation'\nexport default function Page() {\n  async function go(next: string) {\n    'use server'\n    redirect(next)\n  }\n  return <TeamPicker action={go} />\n}\n",
      findings: [{ line: 5 }],
    },
  ],
})

// Fastify: a TypeBox schema on the route types what the handler reads; @fastify/static serves under its root.
const FASTIFY = { path: 'src/server.ts' }
const fastify = (schema: string, query: string) =>
  [
    "import Fastify from 'fastify'",
    "import { Type } from '@sinclair/typebox'",
    'const app = Fastify()',
    `const Params = ${schema}`,
    "app.get('/tickets/:id', { schema: { params: Params } }, async (req) => {",
    `  const { rows } = await pool.query(${query})`,
    '  return rows',
    '})',
  ].join('\n')

// The handler destructures what the schema checked: `const { sort, dir } = req.query` reads `req.query.sort` and `req.query.dir`.
const listing = (sort: string, line: string) =>
  [
    "import Fastify from 'fastify'",
    "import { Type } from '@sinclair/typebox'",
    'const app = Fastify()',
    `const Query = Type.Object({ sort: ${sort}, dir: Type.Union([Type.Literal('asc'), Type.Literal('desc')]), q: Type.String() })`,
    "app.get('/tickets', { schema: { querystring: Query } }, async (req) => {",
    '  const { sort, dir, q } = req.query',
    `  const { rows } = await pool.query(${line})`,
    '  return rows',
    '})',
  ].join('\n')

testRule(registered('js/sql-injection'), {
  valid: [
    { ...FASTIFY, code: listing("Type.Union([Type.Literal('name'), Type.Literal('created_at')], { default: 'name' })", '`SELECT * FROM tickets ORDER BY ${sort} ${dir}`') },
    { ...FASTIFY, code: listing('Type.Integer()', '`SELECT * FROM tickets ORDER BY ${sort} ${dir}`') },
  ],
  invalid: [
    { ...FASTIFY, code: listing('Type.String()', '`SELECT * FROM tickets ORDER BY ${sort} ${dir}`'), findings: [{ line: 7 }] },
    { ...FASTIFY, code: listing("Type.Union([Type.Literal('name'), Type.Literal('created_at')])", "`SELECT * FROM tickets WHERE title LIKE '%${q}%' ORDER BY ${sort}`"), findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { ...FASTIFY, code: fastify('Type.Object({ id: Type.Integer() })', '`SELECT * FROM tickets WHERE id = ${req.params.id}`') },
    { ...FASTIFY, code: fastify("Type.Object({ id: Type.Union([Type.Literal('open'), Type.Literal('closed')]) })", "`SELECT * FROM tickets WHERE status = '${req.params.id}'`") },
    { ...FASTIFY, code: fastify("Type.Object({ id: Type.String({ format: 'uuid' }) })", "`SELECT * FROM tickets WHERE id = '${req.params.id}'`") },
  ],
  invalid: [
    { ...FASTIFY, code: fastify('Type.Object({ id: Type.String() })', "`SELECT * FROM tickets WHERE id = '${req.params.id}'`"), findings: [{ line: 6 }] },
    { ...FASTIFY, code: fastify('Type.Object({ id: Type.Integer(), q: Type.String() })', "`SELECT * FROM tickets WHERE name = '${req.params.q}'`"), findings: [{ line: 6 }] },
  ],
})

const serve = (call: string) => `app.get('/assets/:asset', async (req, reply) => {\n  return ${call}\n})`

testRule(registered('js/path-traversal'), {
  valid: [
    { ...FASTIFY, code: serve('reply.sendFile(req.params.asset)') },
    { ...FASTIFY, code: serve("reply.sendFile(req.params.asset, path.join(__dirname, 'public'))") },
    { ...FASTIFY, code: serve('reply.download(req.params.asset)') },
  ],
  invalid: [
    { ...FASTIFY, code: serve("reply.sendFile('index.html', req.query.dir)"), findings: [{ line: 2 }] },
    { ...FASTIFY, code: "app.get('/x', (req, res) => res.sendFile(req.query.f))", findings: [{ line: 1 }] },
  ],
})

// Rows a knex query reads back through a raw clause are stored data, as they are through a bound `where`.
const invoices = (clause: string, send: string) =>
  `router.get('/invoices/:number', async (req: Request<{ number: string }>, res: Response) => {\n  const invoice = await knex('invoices')${clause}.first()\n  ${send}\n})`
const ROUTES = { path: 'src/routes/accounts.ts' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...ROUTES, code: invoices(".whereRaw('number = ?', [req.params.number])", "res.type('html').send(renderInvoiceHtml(invoice))") },
    { ...ROUTES, code: invoices('.orderByRaw(`${req.query.sort} NULLS LAST`)', "res.type('html').send(renderInvoiceHtml(invoice))") },
  ],
  invalid: [
    { ...ROUTES, code: invoices(".whereRaw('number = ?', [req.params.number])", 'res.send(`<p>Invoice ${req.params.number}: ${invoice.total}</p>`)'), findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [{ ...ROUTES, code: invoices(".whereRaw('number = ?', [req.params.number])", 'res.json(invoice)') }],
  invalid: [{ ...ROUTES, code: invoices(".whereRaw(`number = '${req.params.number}'`)", 'res.json(invoice)'), findings: [{ line: 2 }] }],
})

// The written default of an endpoint's environment variable is the endpoint wherever the variable is unset.
const client = (baseURL: string) =>
  `import axios from 'axios'\nexport const ledger = createClient({\n  baseURL: ${baseURL},\n  token: process.env.LEDGER_TOKEN,\n})\nexport const direct = axios.create({ timeout: 5000 })\n`
const CLIENTS = { path: 'src/lib/http-client.ts' }

testRule(registered('js/cleartext-http'), {
  valid: [
    { ...CLIENTS, code: client("process.env.LEDGER_URL ?? 'https://ledger.acme-corp.com/api'") },
    { ...CLIENTS, code: client("process.env.LEDGER_URL ?? 'http://localhost:4000/api'") },
    { ...CLIENTS, code: client("process.env.LEDGER_URL ?? 'http://ledger.internal:8080'") },
    { ...CLIENTS, code: client("process.env.DOCS_URL ?? 'http://docs.acme-corp.com'") },
    { ...CLIENTS, code: client("process.env.LEDGER_MODE ?? 'http://ledger.acme-corp.com/api'") },
  ],
  invalid: [
    { ...CLIENTS, code: client("process.env.LEDGER_URL ?? 'http://ledger.acme-corp.com/api'"), findings: [{ line: 3, message: /default of `LEDGER_URL`/ }] },
    { ...CLIENTS, code: "const api = axios.create({ baseURL: process.env.API_BASE_URL || 'http://api.acme-corp.com' })", findings: [{ line: 1 }] },
  ],
})

// A folder made for the file written into it right after: the write is the one finding.
const upload = (write: string) =>
  [
    "import { mkdir, writeFile } from 'node:fs/promises'",
    "import { join } from 'node:path'",
    "router.post('/attachments', async (req, res) => {",
    "  const dir = join(UPLOADS, String(req.query.folder ?? 'inbox'))",
    '  await mkdir(dir, { recursive: true })',
    `  ${write}`,
    '  res.status(201).end()',
    '})',
  ].join('\n')
const UPLOAD = { path: 'src/routes/attachments.ts' }

testRule(registered('js/path-traversal'), {
  valid: [],
  invalid: [
    { ...UPLOAD, code: upload('await writeFile(join(dir, req.body.name), req.body.data)'), findings: [{ line: 6 }] },
    { ...UPLOAD, code: upload('await writeFile(`${dir}/${Date.now()}.bin`, req.body.data)'), findings: [{ line: 6 }] },
    // Nothing is written into it here: the folder is the finding.
    { ...UPLOAD, code: upload('await writeFile(join(UPLOADS, "last.txt"), String(Date.now()))'), findings: [{ line: 5 }] },
  ],
})

// A URL the code checked against a site before trusting it (`startsWith('https://codepen.io/')`) names that site, not a script.
const trust = (body: string) =>
  `import { Component, inject } from '@angular/core'\nimport { DomSanitizer } from '@angular/platform-browser'\n@Component({ selector: 'app-demo', template: '<iframe [src]="demo"></iframe>' })\nexport class DemoComponent {\n  private readonly sanitizer = inject(DomSanitizer)\n  show(s: Snippet) {\n    ${body}\n  }\n}\n`
const ANGULAR = { path: 'src/app/demo.component.ts' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...ANGULAR, code: trust("if (s.demoUrl.startsWith('https://codepen.io/')) this.demo = this.sanitizer.bypassSecurityTrustResourceUrl(s.demoUrl)") },
    { ...ANGULAR, code: trust("if (s.demoUrl?.startsWith('https://codepen.io/')) this.demo = this.sanitizer.bypassSecurityTrustResourceUrl(s.demoUrl)") },
    // An object URL (`blob:` of this page's origin) names a blob the code holds, not a script.
    { ...ANGULAR, code: trust('this.demo = this.sanitizer.bypassSecurityTrustUrl(URL.createObjectURL(s.file))') },
  ],
  invalid: [
    { ...ANGULAR, code: trust('this.demo = this.sanitizer.bypassSecurityTrustResourceUrl(s.demoUrl)'), findings: [{ line: 7 }] },
    { ...ANGULAR, code: trust("if (s.demoUrl.startsWith('https://codepen.io/')) this.demo = this.sanitizer.bypassSecurityTrustResourceUrl(s.otherUrl)"), findings: [{ line: 7 }] },
    // `https://` alone lets any site through.
    { ...ANGULAR, code: trust("if (s.demoUrl.startsWith('https://')) this.demo = this.sanitizer.bypassSecurityTrustResourceUrl(s.demoUrl)"), findings: [{ line: 7 }] },
    // A document blob of stored markup runs that markup in this origin when opened.
    { ...ANGULAR, code: trust("const blob = new Blob([s.html], { type: 'text/html' })\n    this.demo = this.sanitizer.bypassSecurityTrustUrl(URL.createObjectURL(blob))"), findings: [{ line: 8 }] },
    // A blob made of request data is that data, served from this origin.
    { ...ANGULAR, code: trust("this.demo = this.sanitizer.bypassSecurityTrustResourceUrl(URL.createObjectURL(new Blob([new URLSearchParams(location.search).get('html') ?? ''], { type: 'text/html' })))"), findings: [{ line: 7 }] },
  ],
})

// An allow-list check on one field of a DTO (`KNOWN_KINDS.includes(dto.kind)`) says nothing about its other fields.
const report = (check: string) =>
  `import { Body, Controller, Post } from '@nestjs/common'\n@Controller('reports')\nexport class ReportsController {\n  @Post()\n  async create(@Body() dto: CreateReportDto) {\n    ${check}\n    await firstValueFrom(this.http.post(dto.callbackUrl, { ok: true }))\n  }\n}\n`
const REPORTS = { path: 'src/reports/reports.controller.ts' }

testRule(registered('js/ssrf'), {
  valid: [
    { ...REPORTS, code: report("if (!ALLOWED_HOSTS.includes(new URL(dto.callbackUrl).hostname)) throw new BadRequestException('host')") },
    { ...REPORTS, code: report("if (!isAllowedCallback(dto.callbackUrl)) throw new BadRequestException('callback')") },
  ],
  invalid: [{ ...REPORTS, code: report("if (!KNOWN_KINDS.includes(dto.kind)) throw new BadRequestException('unknown kind')"), findings: [{ line: 7 }] }],
})

testRule(registered('js/nosql-injection'), {
  valid: [{ ...USERS, code: service('query: UserSearch', "typeof query.role === 'string' ? { role: query.role } : {}") }],
  invalid: [],
})

// A command-line script building a command from its own arguments: the operator types what reaches the shell.
const SCRIPT = { path: 'scripts/seed.ts' }

testRule(registered('js/shell-injection'), {
  valid: [
    { ...SCRIPT, code: "import { parseArgs } from 'node:util'\nimport { execSync } from 'node:child_process'\nconst { values } = parseArgs({ options: { schema: { type: 'string', default: 'public' } } })\nconst [, , target = 'tmp'] = process.argv\nexecSync(`pg_dump --schema=${values.schema} > ${target}/seed.sql`, { stdio: 'inherit' })" },
  ],
  invalid: [
    // What the script fetched is not its operator's to vouch for.
    { ...SCRIPT, code: "import { execSync } from 'node:child_process'\nasync function main() {\n  const res = await fetch('https://api.example.com/branches/latest')\n  const { name } = await res.json()\n  execSync(`git checkout ${name}`)\n}\nmain()", findings: [{ line: 5 }] },
  ],
})

// A NestJS client whose constructor parameter property defaults to a plain-HTTP endpoint: the default is reported where it is written.
testRule(registered('js/cleartext-http'), {
  valid: [
    { path: 'src/billing/ledger.client.ts', code: "export class LedgerClient {\n  constructor(private readonly baseUrl = 'https://ledger.acme-payments.com/api') {}\n  charge(body: string) {\n    return fetch(`${this.baseUrl}/charges`, { method: 'POST', body })\n  }\n}" },
    { path: 'src/billing/ledger.client.ts', code: "export class LedgerClient {\n  constructor(private readonly baseUrl = 'http://localhost:4010') {}\n}" },
  ],
  invalid: [
    { path: 'src/billing/ledger.client.ts', code: "export class LedgerClient {\n  constructor(private readonly baseUrl = 'http://ledger.acme-payments.com/api') {}\n  charge(body: string) {\n    return fetch(`${this.baseUrl}/charges`, { method: 'POST', body })\n  }\n}", findings: [{ line: 2, message: /ledger\.acme-payments\.com/ }] },
  ],
})

// A catch-all NestJS exception filter answering 500 with the message of an error no branch expected; HttpExceptions keep their
// own answer, and a route's catch may pass on a message the code wrote.
const FILTER = (body: string) =>
  `import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common'\n@Catch()\nexport class AllExceptionsFilter implements ExceptionFilter {\n  catch(exception: unknown, host: ArgumentsHost) {\n    const res = host.switchToHttp().getResponse()\n    if (exception instanceof HttpException) return res.status(exception.getStatus()).json({ message: exception.message })\n    const error = exception as Error\n    ${body}\n  }\n}`
testRule(registered('js/error-exposure'), {
  valid: [
    { path: 'src/common/filter.ts', code: FILTER("res.status(500).json({ message: 'Internal server error' })") },
    { path: 'src/routes/users.ts', code: "router.post('/u', async (req, res) => {\n  try {\n    await save(req.body)\n  } catch (err) {\n    res.status(400).json({ message: err.message })\n  }\n})" },
  ],
  invalid: [
    { path: 'src/common/filter.ts', code: FILTER('res.status(500).json({ statusCode: 500, message: error.message })'), findings: [{ line: 8, message: /error\.message/ }] },
  ],
})

// Decorator-routed controllers beyond NestJS name their request parameters differently: routing-controllers `@QueryParam`,
// tsoa `@Path`/`@Query`, Ts.ED `@QueryParams`/`@BodyParams`, inversify-express-utils `@queryParam`/`@requestParam`, and
// LoopBack 4 `@param.query.string(…)`/`@param.path.string(…)`/`@requestBody()`. A parameter typed as a number is converted.
const CTRL = { path: 'src/controllers/things.controller.ts' }
const cls = (imports: string, method: string) => `${imports}\nimport * as fs from 'fs/promises'\nimport * as path from 'path'\n\nexport class ThingsController {\n${method}\n}`
const ROUTING = "import { Get, JsonController, Param, QueryParam } from 'routing-controllers'"
const TSOA = "import { Controller, Get, Path, Query, Route } from 'tsoa'"
const TSED = "import { BodyParams, PathParams, QueryParams } from '@tsed/platform-params'"
const INVERSIFY = "import { controller, httpGet, queryParam, requestParam, response } from 'inversify-express-utils'"
const LB4 = "import { get, param, post, requestBody } from '@loopback/rest'"

testRule(registered('js/path-traversal'), {
  valid: [
    { ...CTRL, code: cls(ROUTING, "  @Get('/file/:id')\n  async file(@Param('id') id: number) {\n    return fs.readFile(path.join(ROOT, `${id}.bin`))\n  }") },
    { ...CTRL, code: cls(LB4, "  @get('/specs/{id}')\n  async spec(@param.path.number('id') id: number) {\n    return fs.readFile(path.join(ROOT, `${id}.pdf`))\n  }") },
    { ...CTRL, code: cls(INVERSIFY, "  @httpGet('/:slug')\n  async logo(@requestParam('slug') slug: string) {\n    if (!/^[a-z0-9-]{1,40}$/.test(slug)) throw new Error('slug')\n    return fs.readFile(path.join(ROOT, slug, 'logo.png'))\n  }") },
  ],
  invalid: [
    { ...CTRL, code: cls(ROUTING, "  @Get('/raw')\n  async raw(@QueryParam('name') name: string) {\n    return fs.readFile(path.join(ROOT, name))\n  }"), findings: [{ line: 8 }] },
    { ...CTRL, code: cls(TSOA, "  @Get('{name}')\n  public async raw(@Path() name: string) {\n    return fs.readFile(path.join(ROOT, name))\n  }"), findings: [{ line: 8 }] },
    { ...CTRL, code: cls(TSED, "  async raw(@PathParams('name') name: string) {\n    return fs.readFile(path.join(ROOT, name))\n  }"), findings: [{ line: 7 }] },
    { ...CTRL, code: cls(INVERSIFY, "  @httpGet('/:slug')\n  async logo(@requestParam('slug') slug: string) {\n    return fs.readFile(path.join(ROOT, slug, 'logo.png'))\n  }"), findings: [{ line: 8 }] },
    { ...CTRL, code: cls(LB4, "  @get('/specs/{id}')\n  async spec(@param.path.string('id') id: string) {\n    return fs.readFile(path.join(ROOT, `${id}.pdf`))\n  }"), findings: [{ line: 8 }] },
  ],
})

// tsoa sends a returned string as the body, with the type the method set; LoopBack 4's injected `this.response`; FoalTS's responses.
testRule(registered('js/xss-sink'), {
  valid: [
    { ...CTRL, code: cls(TSOA, "  @Get('banner')\n  public async banner(@Query() note?: string) {\n    return `<div>${note ?? ''}</div>`\n  }") },
    { ...CTRL, code: "import { Context, Get, HttpResponseOK } from '@foal/core'\nimport { escape } from 'lodash'\n\nexport class AuthController {\n  @Get('/login')\n  page(ctx: Context) {\n    return new HttpResponseOK(`<a href=\"/login?next=${escape(String(ctx.request.query.next))}\">x</a>`)\n  }\n}" },
  ],
  invalid: [
    { ...CTRL, code: cls(TSOA, "  @Get('banner')\n  public async banner(@Query() note?: string) {\n    this.setHeader('Content-Type', 'text/html')\n    return `<div>${note ?? ''}</div>`\n  }"), findings: [{ line: 9 }] },
    { ...CTRL, code: cls(LB4, "  constructor(private response: any) {}\n\n  @get('/compare')\n  async compare(@param.query.string('title') title: string) {\n    this.response.contentType('text/html').send(`<h2>${title}</h2>`)\n    return this.response\n  }"), findings: [{ line: 10 }] },
    { ...CTRL, code: "import { Context, Get, HttpResponseOK } from '@foal/core'\n\nexport class AuthController {\n  @Get('/login')\n  page(ctx: Context) {\n    return new HttpResponseOK(`<a href=\"/login?next=${ctx.request.query.next}\">x</a>`)\n  }\n}", findings: [{ line: 6 }] },
  ],
})

// FoalTS: `new HttpResponseRedirect(url)`, unless the method's `@ValidateQueryParam` pattern keeps the value a local path.
const FOAL = (decorator: string) => `import { Context, Get, HttpResponseRedirect, ValidateQueryParam } from '@foal/core'\n\nexport class AuthController {\n  @Get('/done')\n${decorator}  done(ctx: Context) {\n    return new HttpResponseRedirect(ctx.request.query.next ?? '/')\n  }\n}`
testRule(registered('js/open-redirect'), {
  valid: [
    { ...CTRL, code: FOAL("  @ValidateQueryParam('next', { type: 'string', pattern: '^/[a-z0-9-]+(/[a-z0-9-]+)*$' })\n") },
    { ...CTRL, code: cls(TSED, "  done(@QueryParams('next') next: string, ctx: any) {\n    ctx.response.redirect(302, '/home')\n  }") },
  ],
  invalid: [
    { ...CTRL, code: FOAL(''), findings: [{ line: 6 }] },
    // `//evil.example` matches a pattern whose class holds `/`
    { ...CTRL, code: FOAL("  @ValidateQueryParam('next', { type: 'string', pattern: '^/[a-z0-9/-]*$' })\n"), findings: [{ line: 7 }] },
    { ...CTRL, code: cls(TSED, "  done(@QueryParams('next') next: string, ctx: any) {\n    ctx.response.redirect(302, next)\n  }"), findings: [{ line: 7 }] },
  ],
})

// LoopBack 4: a repository filter's `where` taken whole from the body lets the client write the conditions.
testRule(registered('js/nosql-injection'), {
  valid: [
    { ...CTRL, code: cls(`${LB4}\nimport { repository } from '@loopback/repository'`, "  constructor(private productRepository: any) {}\n\n  @post('/filter')\n  async filter(@requestBody() body: { brand?: string }) {\n    return this.productRepository.find({ where: { brand: String(body.brand) } })\n  }") },
  ],
  invalid: [
    { ...CTRL, code: cls(`${LB4}\nimport { repository } from '@loopback/repository'`, "  constructor(private productRepository: any) {}\n\n  @post('/filter')\n  async filter(@requestBody() body: { where: object }) {\n    return this.productRepository.find({ where: body.where })\n  }"), findings: [{ line: 11 }] },
  ],
})
