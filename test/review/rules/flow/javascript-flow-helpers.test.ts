/**
 * Request data handed to a function or method defined in the same file reaches the sinks inside
 * it: plain helpers, methods through `this`, NestJS services injected as typed constructor
 * parameters (the type says which class's method runs), and instances made here. Look-alikes: a
 * library's method of the same name, a service typed as a class of another file, and helpers
 * only ever called with constants.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const ts = (code: string) => ({ code, path: 'src/orders/orders.ts' })

testRule(registered('js/path-traversal'), {
  valid: [
    // the helper is only ever given a constant name
    ts("function read(name: string) {\n  return fs.readFileSync(path.join(BASE, name))\n}\napp.get('/u', (req: Request, res: Response) => res.send(read('index.html')))"),
    // `repo.find` is TypeORM's, not the local class's `find`
    ts("class Local {\n  find(name: string) {\n    return fs.readFileSync(path.join(BASE, name))\n  }\n}\napp.get('/u', async (req: Request, res: Response) => res.json(await repo.find(req.query.name)))"),
    // the injected service is a class from another file, whatever this file's classes call their methods
    ts("class Local {\n  open(name: string) {\n    return fs.readFileSync(path.join(BASE, name))\n  }\n}\nclass C {\n  constructor(private readonly files: FilesService) {}\n  @Get() go(@Query('f') f: string) {\n    return this.files.open(f)\n  }\n}"),
  ],
  invalid: [
    // the injected field's type picks which class's `open` runs
    { ...ts("class A {\n  open(name: string) {\n    return fs.readFileSync(path.join(A_DIR, name))\n  }\n}\nclass B {\n  open(name: string) {\n    return fs.readFileSync(path.join(B_DIR, name))\n  }\n}\nclass C {\n  constructor(private readonly files: A) {}\n  @Get() go(@Query('f') f: string) {\n    return this.files.open(f)\n  }\n}"), findings: [{ line: 3 }] },
    { ...ts("class Local {\n  open(name: string) {\n    return fs.readFileSync(path.join(BASE, name))\n  }\n}\napp.get('/u', (req: Request, res: Response) => res.send(new Local().open(String(req.query.name))))"), findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [],
  invalid: [
    {
      ...ts("function buildSort(column: string, dir: string) {\n  return `${column} ${dir === 'desc' ? 'DESC' : 'ASC'}`\n}\nfunction listUsers(sort: string, dir: string) {\n  return knex('users').orderByRaw(buildSort(sort, dir))\n}\napp.get('/u', async (req: Request, res: Response) => res.json(await listUsers(req.query.sort as string, 'asc')))"),
      findings: [{ line: 5 }],
    },
    {
      // controller → service → repository, all injected
      ...ts("@Injectable()\nexport class OrdersRepository {\n  constructor(private readonly ds: DataSource) {}\n  byColumn(column: string) {\n    return this.ds.query(`SELECT ${column} FROM orders`)\n  }\n}\n@Injectable()\nexport class OrdersService {\n  constructor(private readonly repo: OrdersRepository) {}\n  export(columns: string) {\n    return this.repo.byColumn(columns)\n  }\n}\n@Controller('orders')\nexport class OrdersController {\n  constructor(private readonly service: OrdersService) {}\n  @Get('export')\n  export(@Query('columns') columns: string) {\n    return this.service.export(columns)\n  }\n}"),
      findings: [{ line: 5 }],
    },
    {
      // a method of the same class, through `this`
      ...ts("class Reports {\n  private run(sort: string) {\n    return pool.query(`SELECT * FROM reports ORDER BY ${sort}`)\n  }\n  handle(req: Request) {\n    return this.run(String(req.query.sort))\n  }\n}"),
      findings: [{ line: 3 }],
    },
  ],
})

/** A NestJS provider's public methods take what controllers pass on from the client. */
testRule(registered('js/ssrf'), {
  valid: [
    // an Angular service is `@Injectable()` too, but fetches from the browser
    ts("import { Injectable } from '@angular/core'\n@Injectable({ providedIn: 'root' })\nexport class AvatarService {\n  constructor(private readonly http: HttpClient) {}\n  load(avatarUrl: string) {\n    return this.http.get(avatarUrl)\n  }\n}"),
    // not a provider
    ts("export class AvatarLoader {\n  constructor(private readonly http: HttpService) {}\n  load(avatarUrl: string) {\n    return this.http.get(avatarUrl)\n  }\n}"),
  ],
  invalid: [
    {
      ...ts("import { Injectable } from '@nestjs/common'\n@Injectable()\nexport class ProfileService {\n  constructor(private readonly http: HttpService) {}\n  async importAvatar(userId: string, avatarUrl: string) {\n    return firstValueFrom(this.http.get(avatarUrl, { responseType: 'arraybuffer' }))\n  }\n}"),
      findings: [{ line: 6 }],
    },
  ],
})

/** Browser code: the page's own URL handed to a helper of the same file reaches the helper's HTML sink. */
testRule(registered('js/xss-sink'), {
  valid: [
    // the helper writes text, or is only called with the page's constants
    { path: 'public/js/widget.js', code: "const params = new URLSearchParams(location.search)\nfunction renderCount(n) {\n  $('#count').text(String(n))\n}\nrenderCount(params.get('n'))" },
    { path: 'public/js/widget.js', code: "function renderMessage(msg) {\n  $('#message').html(msg)\n}\nrenderMessage('<b>Saved</b>')" },
    { path: 'public/js/widget.js', code: "const params = new URLSearchParams(location.search)\nfunction renderMessage(msg) {\n  $('#message').html(msg)\n}\nrenderMessage(escapeHtml(params.get('msg')))" },
  ],
  invalid: [
    { path: 'public/js/widget.js', code: "(function () {\n  const params = new URLSearchParams(window.location.search)\n  function renderMessage(msg) {\n    $('#message').html(msg)\n  }\n  $.getJSON('/api/state', function () {\n    if (params.has('msg')) renderMessage(params.get('msg'))\n  })\n})()", findings: [{ line: 4, message: /location\.search/ }] },
    { path: 'public/js/tabs.js', code: "function showTab(name) {\n  document.getElementById('tab').innerHTML = `<h2>${name}</h2>`\n}\nwindow.addEventListener('hashchange', () => showTab(decodeURIComponent(location.hash.slice(1))))", findings: [{ line: 2 }] },
  ],
})

// What a helper of this file returns decides what its callers get: a helper that returns a constant gives a constant
// whatever it is handed (the request itself included), and a method that reads the request it was constructed with
// hands its caller the request's text.
testRule(registered('js/shell-injection'), {
  valid: [
    { code: "function targetHost(req) {\n  return 'localhost'\n}\napp.get('/ping', (req, res) => {\n  exec(`ping -c 1 ${targetHost(req)}`, (err, out) => res.send(out))\n})", path: 'src/routes/ping.js' },
    { code: "class Target {\n  constructor(req) {\n    this.req = req\n  }\n  host() {\n    return process.env.PING_HOST ? 'gateway' : 'localhost'\n  }\n}\napp.get('/ping', (req, res) => {\n  exec(`ping -c 1 ${new Target(req).host()}`, (err, out) => res.send(out))\n})", path: 'src/routes/ping.js' },
  ],
  invalid: [
    { code: "function targetHost(req) {\n  return req.query.host\n}\napp.get('/ping', (req, res) => {\n  exec(`ping -c 1 ${targetHost(req)}`, (err, out) => res.send(out))\n})", path: 'src/routes/ping.js', findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { code: "class ReportQuery {\n  constructor(req) {\n    this.req = req\n  }\n  sortColumn() {\n    return 'created_at'\n  }\n  toSql() {\n    return `SELECT id FROM reports ORDER BY ${this.sortColumn()} DESC`\n  }\n}\napp.get('/reports', async (req, res) => {\n  res.json(await db.query(new ReportQuery(req).toSql()))\n})", path: 'src/routes/reports.js' },
  ],
  invalid: [
    { code: "class ReportQuery {\n  constructor(req) {\n    this.req = req\n  }\n  sortColumn() {\n    return this.req.query.sort\n  }\n  toSql() {\n    return `SELECT id FROM reports ORDER BY ${this.sortColumn()} DESC`\n  }\n}\napp.get('/reports', async (req, res) => {\n  res.json(await db.query(new ReportQuery(req).toSql()))\n})", path: 'src/routes/reports.js', findings: [{ line: 13 }] },
  ],
})

// A local validator that returns its argument only past its checks (and a constant otherwise) guarantees what those
// checks guarantee, to every caller: a same-site path check makes a redirect target safe, a bare `/` prefix does not.
testRule(registered('js/open-redirect'), {
  valid: [
    { code: "function safeNext(value) {\n  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\\\')) return '/'\n  return value\n}\nrouter.post('/logout', (req, res) => {\n  res.redirect(safeNext(req.body.next))\n})", path: 'src/routes/session.js' },
  ],
  invalid: [
    { code: "function nextPath(value) {\n  if (!value.startsWith('/')) return '/'\n  return value\n}\nrouter.post('/logout', (req, res) => {\n  res.redirect(nextPath(req.body.next))\n})", path: 'src/routes/session.js', findings: [{ line: 6 }] },
    { code: "function nextPath(value) {\n  if (!value) return '/'\n  return value\n}\nrouter.post('/logout', (req, res) => {\n  res.redirect(nextPath(req.body.next))\n})", path: 'src/routes/session.js', findings: [{ line: 6 }] },
  ],
})

// A function shaped like a handler (`serveRaw(req, res, url)`) called by the server with what it parsed from the request
// reads that argument as request data too; one handed the code's own values does not.
testRule(registered('js/path-traversal'), {
  valid: [
    { code: "const http = require('http')\nconst fs = require('fs')\nconst path = require('path')\nfunction serveFile(req, res, name) {\n  fs.createReadStream(path.join(ROOT, name)).pipe(res)\n}\nhttp.createServer((req, res) => {\n  if (req.url === '/') return serveFile(req, res, 'index.html')\n  res.end()\n}).listen(3000)", path: 'tools/server.js' },
  ],
  invalid: [
    { code: "const http = require('http')\nconst fs = require('fs')\nconst path = require('path')\nfunction serveRaw(req, res, url) {\n  fs.createReadStream(path.join(ROOT, url.searchParams.get('file'))).pipe(res)\n}\nhttp.createServer((req, res) => {\n  const url = new URL(req.url, `http://${req.headers.host}`)\n  if (url.pathname === '/raw') return serveRaw(req, res, url)\n  res.end()\n}).listen(3000)", path: 'tools/server.js', findings: [{ line: 5 }] },
  ],
})

// A helper of the file that builds a value from request data it is handed, read again with the call's arguments: when
// every return reduces them through a sanitiser (an extension, a base name), what the call hands back is safe for it,
// wherever the helper is declared; a helper that returns the name raw on one path is still followed.
const uploads = (helper: string, order: 'above' | 'below' = 'below') => {
  const route = "router.post('/', upload.single('file'), async (req, res) => {\n  const key = storageKey(req.user.id, req.file.originalname)\n  await fs.writeFile(path.join(UPLOAD_DIR, key), req.file.buffer)\n  res.json({ key })\n})"
  return { code: order === 'below' ? `${route}\n\n${helper}` : `${helper}\n\n${route}`, path: 'src/routes/uploads.js' }
}

testRule(registered('js/path-traversal'), {
  valid: [
    uploads("function storageKey(userId, original) {\n  const ext = path.extname(original).toLowerCase().replace(/[^.a-z0-9]/g, '')\n  return path.join(String(userId), `${crypto.randomUUID()}${ext}`)\n}"),
    uploads("function storageKey(userId, original) {\n  const ext = path.extname(original)\n  return `${Date.now()}${ext}`\n}", 'above'),
    uploads('function storageKey(userId, original) {\n  return path.basename(original)\n}'),
  ],
  invalid: [
    { ...uploads('function storageKey(userId, original) {\n  return path.join(String(userId), original)\n}'), findings: [{ line: 3 }] },
    { ...uploads("function storageKey(userId, original) {\n  if (original.endsWith('.zip')) return original\n  return path.basename(original)\n}"), findings: [{ line: 3 }] },
  ],
})

// A helper read with each call's own arguments takes an options object's fields too: what it escapes stays escaped for
// that call, though another call hands the same field raw text.
const PAGE = "const express = require('express')\nconst escapeHtml = require('escape-html')\nconst serialize = require('serialize-javascript')\nconst router = express.Router()\nfunction page({ title, stateScript }) {\n  return `<html><title>${escapeHtml(title)}</title><script>window.S = ${stateScript}</script></html>`\n}\n"

testRule(registered('js/xss-sink'), {
  valid: [
    { code: `${PAGE}router.get('/a', (req, res) => {\n  res.send(page({ title: req.query.t, stateScript: serialize({ q: req.query.q }) }))\n})`, path: 'src/render.js' },
  ],
  invalid: [
    // the other caller's raw JSON is still reported, and only it
    { code: `${PAGE}router.get('/a', (req, res) => {\n  res.send(page({ title: req.query.t, stateScript: serialize({ q: req.query.q }) }))\n})\nrouter.get('/b', (req, res) => {\n  res.send(page({ title: 'b', stateScript: JSON.stringify({ q: req.query.q }) }))\n})`, path: 'src/render.js', findings: [{ line: 12 }] },
    { code: `${PAGE}router.get('/a', (req, res) => {\n  res.send(page({ title: 'a', stateScript: req.query.s }))\n})`, path: 'src/render.js', findings: [{ line: 9 }] },
  ],
})
