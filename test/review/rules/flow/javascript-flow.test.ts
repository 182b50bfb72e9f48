import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('js/path-traversal'), {
  valid: [
    "app.get('/f', (req, res) => res.sendFile(req.query.name, { root: BASE }))",
    "app.get('/f', (req, res) => res.sendFile(path.basename(req.query.name)))",
    // a view picked from a fixed table
    "app.get('/v', (req, res) => res.render(PAGES[req.query.page] || 'home'))",
    "app.get('/v', (req, res) => res.render('profile', { name: req.query.name }))",
    // naming the download in a header reads no file
    "app.get('/d', (req, res) => { res.attachment(req.query.name); res.send(buildCsv()) })",
    "router.get('/d', async (ctx) => { ctx.attachment(ctx.query.file); ctx.body = await render(ctx.state.report) })",
    // the folder made for a write is reported at the write, once; a file name reduced to its base name
    "import fs from 'fs/promises'\nexport default async function handler(req, res) {\n  const [fields, files] = await form.parse(req)\n  const name = path.basename(files.file[0].originalFilename)\n  const dest = path.join(UPLOADS, name)\n  await fs.mkdir(path.dirname(dest), { recursive: true })\n  await fs.writeFile(dest, 'x')\n}",
  ],
  invalid: [
    // the view name is a path under the views folder
    { code: "app.get('/v', (req, res) => {\n  res.render(req.query.page, { user: req.user })\n})", findings: [{ line: 2 }] },
    { code: "const fsp = require('fs').promises\napp.delete('/u/:id', async (req, res) => {\n  await fsp.unlink(path.join('/srv/uploads', req.params.id))\n})", findings: [{ line: 3 }] },
    // a destructured request parameter reaching sendFile
    { code: "app.get('/f/:id', ({ params }: Request, res: Response) => {\n  res.sendFile(params.id)\n})", path: 'src/app.ts', findings: [{ line: 2 }] },
    // formidable's parsed fields and file names, awaited or in its callback; the write is the finding, not the mkdir before it
    { code: "import fs from 'fs/promises'\nexport default async function handler(req, res) {\n  const [fields, files] = await form.parse(req)\n  const dest = path.join(UPLOADS, fields.folder[0], files.file[0].originalFilename)\n  await fs.mkdir(path.dirname(dest), { recursive: true })\n  await fs.copyFile(files.file[0].filepath, dest)\n}", findings: [{ line: 6 }] },
    { code: "const fs = require('fs')\napp.post('/up', (req, res) => {\n  form.parse(req, (err, fields, files) => {\n    fs.renameSync(files.doc.filepath, path.join(UPLOADS, fields.name))\n    res.end()\n  })\n})", findings: [{ line: 4 }] },
    // a folder made from request data with nothing written into it later is the finding itself
    { code: "const fs = require('fs')\napp.post('/dir', (req, res) => {\n  const dest = path.join(ROOT, req.body.name, 'x')\n  fs.mkdirSync(path.dirname(dest), { recursive: true })\n  res.end()\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/shell-injection'), {
  valid: ["const { execFile } = require('child_process')\napp.get('/x', (req, res) => execFile('ls', [req.query.dir]))", "const { exec } = require('child_process')\nexec('ls -la')"],
  invalid: [
    {
      // renamed on import, value travels through a variable
      code: "const { exec: run } = require('child_process')\napp.get('/x', (req, res) => {\n  const dir = req.query.dir\n  run('ls ' + dir)\n})",
      findings: [{ line: 4, severity: 'critical' }],
    },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    "app.get('/u', async (req, res) => {\n  await pool.query('SELECT * FROM users WHERE id = $1', [req.query.id])\n})",
    "const rows = await prisma.$queryRaw`SELECT * FROM t WHERE id = ${id}`",
    // sqlite3 and pg-promise with bound values; a key-value store's `get`
    "app.get('/u', (req, res) => {\n  db.get('SELECT * FROM users WHERE id = ?', [req.params.id], (err, row) => res.json(row))\n})",
    "app.get('/u', async (req, res) => {\n  res.json(await db.oneOrNone('SELECT * FROM users WHERE id = $1', [req.params.id]))\n})",
    "app.get('/s', async (req, res) => {\n  res.json(await db.get(`session:${req.params.id}`))\n})",
  ],
  invalid: [
    { code: "app.get('/u', async (req, res) => {\n  const id = req.params.id\n  await db.query(`SELECT * FROM users WHERE id = ${id}`)\n})", findings: [{ line: 3 }] },
    { code: "app.get('/u', (req, res) => {\n  db.all(`SELECT * FROM users WHERE name = '${req.query.name}'`, (err, rows) => res.json(rows))\n})", findings: [{ line: 2 }] },
    { code: "app.get('/u', async (req, res) => {\n  res.json(await db.any(`SELECT * FROM users WHERE email LIKE '%${req.query.q}%'`))\n})", findings: [{ line: 2 }] },
    { code: "import { Prisma } from '@prisma/client'\napp.get('/u', async (req, res) => {\n  res.json(await prisma.$queryRaw(Prisma.raw(`SELECT * FROM users WHERE name = '${req.query.name}'`)))\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: ["app.get('/go', (req, res) => res.redirect('/home'))", "app.get('/go', (req, res) => res.redirect(ALLOWED.has(req.query.u) ? req.query.u : '/'))"],
  invalid: [
    { code: "app.get('/go', (req, res) => {\n  res.redirect(req.query.u)\n})", findings: [{ line: 2 }] },
    { code: 'location.href = location.hash.slice(1)', findings: [{ line: 1 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: ["app.get('/s', (req, res) => {\n  res.json({ q: req.query.q })\n})", "el.textContent = location.hash", "el.innerHTML = DOMPurify.sanitize(location.hash)"],
  invalid: [
    { code: "app.get('/s', (req, res) => {\n  res.send('<p>' + req.query.q)\n})", findings: [{ line: 2 }] },
    { code: "$('#out').html(new URLSearchParams(location.search).get('q'))", findings: [{ line: 1 }] },
    { code: 'export function C({ html }) {\n  return <div dangerouslySetInnerHTML={{ __html: `<b>${html}</b>` }} />\n}', path: 'src/c.jsx', findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: ["app.get('/u', async (req, res) => {\n  await fetch(`https://api.example.com/users/${req.query.id}`)\n})"],
  invalid: [{ code: "app.get('/p', async (req, res) => {\n  const r = await fetch(req.query.url)\n  res.json(await r.json())\n})", findings: [{ line: 2 }] }],
})

testRule(registered('js/code-eval'), {
  valid: ["const EXPR = '1 + 1'\neval(EXPR)"],
  invalid: [{ code: "app.get('/e', (req, res) => {\n  res.json(eval(req.query.e))\n})", findings: [{ line: 2, severity: 'critical' }] }],
})

testRule(registered('js/finally-control-flow'), {
  valid: ['try {\n  run()\n} finally {\n  cleanup()\n}'],
  invalid: [{ code: 'function f() {\n  try {\n    return run()\n  } finally {\n    return null\n  }\n}', findings: [{ line: 5 }] }],
})

testRule(registered('js/mutate-while-iterating'), {
  valid: ['for (const x of [...items]) items.splice(items.indexOf(x), 1)', 'for (const [k] of byId) byId.delete(k)'],
  invalid: [{ code: 'for (const item of items) {\n  if (item.done) items.splice(items.indexOf(item), 1)\n}', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/hardcoded-signing-key'), {
  valid: [{ code: 'const token = jwt.sign(payload, process.env.JWT_SECRET)', path: 'src/auth.ts' }],
  invalid: [
    { code: "import jwt from 'jsonwebtoken'\nconst token = jwt.sign({ sub: 1 }, 'literal-signing-key')", path: 'src/auth.ts', findings: [{ line: 2 }] },
    { code: "const session = require('express-session')\napp.use(session({ secret: 'keyboard cat', resave: false }))", path: 'src/app.js', findings: [{ line: 2 }] },
  ],
})

// Typed handlers, server actions and wrappers: sources the handler's shape alone does not reveal.
testRule(registered('js/sql-injection'), {
  valid: [
    { code: "'use server'\nexport async function rename(formData: FormData) {\n  await prisma.$executeRaw`UPDATE p SET name = ${formData.get('name')}`\n}", path: 'app/actions.ts' },
    { code: "export async function rename(form: FormData) {\n  await db.query('UPDATE p SET name = $1', [form.get('name')])\n}", path: 'app/actions.ts' },
  ],
  invalid: [
    // a parameter is not a constant global: `form.get('id')` is the submitted value
    { code: "export async function rename(form: FormData) {\n  const id = form.get('id')\n  await prisma.$executeRawUnsafe(`DELETE FROM p WHERE id = ${id}`)\n}", path: 'app/actions.ts', findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/shell-injection'), {
  valid: [{ code: "import { exec } from 'node:child_process'\nimport { promisify } from 'node:util'\nconst sh = promisify(exec)\nexport async function gc() {\n  await sh('git gc')\n}", path: 'src/git.ts' }],
  invalid: [
    {
      // the promisified wrapper runs a shell like the function it wraps
      code: "import { exec } from 'node:child_process'\nimport { promisify } from 'node:util'\nconst sh = promisify(exec)\nexport async function handle(request: Request) {\n  const { repo } = await request.json()\n  await sh(`git -C /srv/${repo} gc`)\n}",
      path: 'src/git.ts',
      findings: [{ line: 6 }],
    },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    // sanitised before it is known to be tainted
    { code: "export class C {\n  constructor(private s: DomSanitizer, private route: ActivatedRoute) {}\n  init() {\n    const v = this.route.snapshot.queryParamMap.get('v') ?? ''\n    this.url = this.s.bypassSecurityTrustResourceUrl(`https://player.example.com/${encodeURIComponent(v)}`)\n  }\n}", path: 'src/app/c.ts' },
    { code: "el.innerHTML = `<b>${count.toLocaleString()}</b>`", path: 'src/c.ts' },
  ],
  invalid: [
    { code: "export class C {\n  constructor(private s: DomSanitizer, private route: ActivatedRoute) {}\n  init() {\n    const src = this.route.snapshot.queryParamMap.get('src') ?? ''\n    this.url = this.s.bypassSecurityTrustResourceUrl(src)\n  }\n}", path: 'src/app/c.ts', findings: [{ line: 5 }] },
  ],
})

// Where the untainted part sits decides: a name or keyword cannot be bound, a value can.
testRule(registered('js/sql-injection'), {
  valid: [
    { code: "export async function savepoint(db, depth) {\n  const name = `sp${depth}`\n  await db.query(`SAVEPOINT ${name}`)\n}", path: 'src/tx.js' },
    { code: "export function returning(sql, column) {\n  return sql.raw(' returning ' + column)\n}", path: 'src/db/history.js' },
  ],
  invalid: [
    // a value spliced after the identifier still counts
    { code: "export async function byId(db, table, id) {\n  return db.query(`SELECT * FROM ${table} WHERE id = ${id}`)\n}", path: 'src/repo.js', findings: [{ line: 2 }] },
    { code: "export async function byName(db, name) {\n  return db.query(\"SELECT * FROM users WHERE name = '\" + name + \"'\")\n}", path: 'src/repo.js', findings: [{ line: 2 }] },
    { code: "export async function page(db, size) {\n  const sql = 'SELECT * FROM users LIMIT ' + size\n  return db.query(sql)\n}", path: 'src/repo.js', findings: [{ line: 3 }] },
    // request data is a finding wherever it lands
    { code: "app.get('/count', async (req, res) => {\n  res.json(await db.query(`SELECT count(*) FROM ${req.query.table}`))\n})", path: 'src/routes.js', findings: [{ line: 2 }] },
  ],
})

// SQL handed to a database client as an argument: no shell, but the client runs the text as SQL.
testRule(registered('js/sql-injection'), {
  valid: [
    "const { spawn } = require('child_process')\napp.post('/v', (req, res) => {\n  spawn('psql', [process.env.DATABASE_URL, '-c', 'VACUUM ANALYZE'])\n})",
    // a request value passed as a psql variable, not spliced into the statement
    "const { spawn } = require('child_process')\napp.post('/v', (req, res) => {\n  spawn('psql', [process.env.DATABASE_URL, '-v', `tbl=${req.body.table}`, '-f', 'vacuum.sql'])\n})",
  ],
  invalid: [
    { code: "const { spawn } = require('child_process')\napp.post('/v', (req, res) => {\n  spawn('psql', [process.env.DATABASE_URL, '-c', `VACUUM ANALYZE ${req.body.table}`])\n})", findings: [{ line: 3, message: /`psql` run SQL/ }] },
    { code: "const { execFileSync } = require('child_process')\napp.post('/d', (req, res) => {\n  execFileSync('sqlite3', ['/srv/app.db', \"DELETE FROM jobs WHERE id = '\" + req.body.id + \"'\"])\n})", findings: [{ line: 3 }] },
  ],
})
