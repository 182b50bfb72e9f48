import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

// A check of `x ?? ''` (or `x || 'default'`) is a check of `x`: the fallback is a literal the check sees too.
testRule(registered('js/sql-injection'), {
  valid: [
    {
      code: "const SORTABLE = new Set(['name', 'created_at'])\napp.get('/u', async (req: Request<{}, unknown, unknown, { sort?: string }>, res: Response) => {\n  const sort = SORTABLE.has(req.query.sort ?? '') ? req.query.sort : 'created_at'\n  res.json(await sequelize.query(`SELECT id FROM users ORDER BY ${sort}`))\n})",
      path: 'src/routes/users.ts',
    },
    {
      code: "const COLUMNS = ['name', 'email']\napp.get('/u', async (req, res) => {\n  const col = req.query.col\n  if (!COLUMNS.includes(col || 'name')) return res.sendStatus(400)\n  res.json(await db.query(`SELECT ${col} FROM users`))\n})",
      path: 'src/routes/users.ts',
    },
  ],
  invalid: [
    // The fallback is checked, the value used is another one.
    {
      code: "const SORTABLE = new Set(['name', 'created_at'])\napp.get('/u', async (req: Request<{}, unknown, unknown, { sort?: string; by?: string }>, res: Response) => {\n  const sort = SORTABLE.has(req.query.by ?? '') ? req.query.sort : 'created_at'\n  res.json(await sequelize.query(`SELECT id FROM users ORDER BY ${sort}`))\n})",
      path: 'src/routes/users.ts',
      findings: [{ line: 4 }],
    },
    // A fallback that is itself request data is not a literal the check vouches for.
    {
      code: "const SORTABLE = new Set(['name', 'created_at'])\napp.get('/u', async (req, res) => {\n  const sort = SORTABLE.has(req.query.sort ?? req.query.order) ? req.query.sort : 'created_at'\n  res.json(await sequelize.query(`SELECT id FROM users ORDER BY ${sort}`))\n})",
      path: 'src/routes/users.ts',
      findings: [{ line: 4 }],
    },
  ],
})

// A pattern test vouches for the text only when it holds the whole value (`^…$`, no `m` flag); one anchored at the
// start still says where a URL points.
const MONTH_ROUTE = "const { exec } = require('child_process')\napp.post('/reports', (req, res) => {\n  const month = String(req.body.month)\n  if (!CHECK.test(month)) return res.sendStatus(400)\n  exec(`./bin/report --month ${month}`)\n  res.sendStatus(202)\n})"
testRule(registered('js/shell-injection'), {
  valid: [MONTH_ROUTE.replace('CHECK', '/^\\d{4}-\\d{2}$/'), MONTH_ROUTE.replace('CHECK', '/^(jan|feb|mar)-\\d{4}$/')],
  invalid: [
    { code: MONTH_ROUTE.replace('CHECK', '/\\d{4}-\\d{2}/'), findings: [{ line: 5 }] },
    { code: MONTH_ROUTE.replace('CHECK', '/^\\d{4}-\\d{2}/'), findings: [{ line: 5 }] },
    { code: MONTH_ROUTE.replace('CHECK', '/^\\d{4}-\\d{2}$/m'), findings: [{ line: 5 }] },
  ],
})
testRule(registered('js/open-redirect'), {
  valid: ["app.post('/logout', (req, res) => {\n  const next = req.body.next\n  if (typeof next === 'string' && /^\\/(?!\\/)/.test(next)) return res.redirect(next)\n  res.redirect('/')\n})"],
  invalid: [],
})

// An assertion throws when its first argument is falsy: `ctx.assert(FILE.test(file), 400)` is `if (!FILE.test(file)) throw`.
const THUMB_ROUTE =
  "const FILE = /^[a-f0-9]{32}\\.png$/\nrouter.post('/thumbs', async (ctx) => {\n  const { file } = ctx.request.body\n  ASSERT\n  exec(`convert uploads/${file} -thumbnail 200x thumbs/${file}`)\n})"
testRule(registered('js/shell-injection'), {
  valid: [
    THUMB_ROUTE.replace('ASSERT', "ctx.assert(FILE.test(file), 400, 'unknown upload')"),
    THUMB_ROUTE.replace('ASSERT', 'assert(FILE.test(file))'),
    THUMB_ROUTE.replace('ASSERT', "assert.ok(FILE.test(file), 'bad name')"),
  ],
  invalid: [
    // presence only, a pattern that does not pin the whole name, and console.assert, which only logs
    { code: THUMB_ROUTE.replace('ASSERT', "ctx.assert(file, 400, 'file required')"), findings: [{ line: 5 }] },
    { code: THUMB_ROUTE.replace('ASSERT', 'ctx.assert(/[a-f0-9]{32}/.test(file), 400)'), findings: [{ line: 5 }] },
    { code: THUMB_ROUTE.replace('ASSERT', "console.assert(FILE.test(file), 'bad name')"), findings: [{ line: 5 }] },
  ],
})

// `urls.filter(allowed)`: a validator of the file handed by name keeps only what its call would let through.
const PREVIEWS =
  "HELPER\nexport async function previews(req, res) {\n  const urls = req.body.urls.filter(PREDICATE)\n  res.json(await Promise.all(urls.map((u) => fetch(u))))\n}"
const HOST_CHECK = "const HOSTS = new Set(['github.com'])\nfunction allowed(u) {\n  try {\n    const url = new URL(u)\n    return url.protocol === 'https:' && HOSTS.has(url.hostname)\n  } catch {\n    return false\n  }\n}"
testRule(registered('js/ssrf'), {
  valid: [{ code: PREVIEWS.replace('HELPER', HOST_CHECK).replace('PREDICATE', 'allowed'), path: 'src/previews.ts' }],
  invalid: [
    // a prefix that leaves the host open (`https://example.com.evil.net`), and a predicate that says nothing of the URL
    { code: PREVIEWS.replace('HELPER', "const BASE = 'https://example.com'\nfunction allowed(u) {\n  return u.startsWith(BASE)\n}").replace('PREDICATE', 'allowed'), path: 'src/previews.ts', findings: [{ line: 7 }] },
    { code: PREVIEWS.replace('HELPER', HOST_CHECK).replace('PREDICATE', 'Boolean'), path: 'src/previews.ts', findings: [{ line: 12 }] },
  ],
})
