/**
 * Shapes of ordinary JS/TS code the flow rules read by meaning rather than by name: parameters
 * typed as numbers (and NestJS parse pipes) carry no injectable text, React's `srcDoc` is a whole
 * document, a function named for storing a secret says what its weak digest protects, and
 * Handlebars' `precompile` compiles its source like `compile`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const NEST = "import { Controller, Get, Injectable, Param, ParseIntPipe, ParseUUIDPipe } from '@nestjs/common'\n"

testRule(registered('js/sql-injection'), {
  valid: [
    // ids converted to numbers, then filtered or cut: still numbers
    { code: "router.get('/k', async (req, res) => {\n  const ids = req.query.ids.split(',').map(Number).filter(Number.isInteger).slice(0, 100)\n  res.json(await db.query(`SELECT * FROM t WHERE id IN (${ids.join(',')})`))\n})", path: 'src/routes/items.js' },
    { code: `${NEST}@Injectable()\nexport class Users {\n  constructor(private readonly ds: DataSource) {}\n  findOne(id: number) {\n    return this.ds.query(\`SELECT * FROM users WHERE id = \${id}\`)\n  }\n}`, path: 'src/users.service.ts' },
    { code: `${NEST}@Controller('users')\nexport class UsersController {\n  constructor(private readonly ds: DataSource) {}\n  @Get(':id')\n  one(@Param('id', ParseIntPipe) id: number) {\n    return this.ds.query(\`SELECT * FROM users WHERE id = \${id}\`)\n  }\n  @Get('by-ref/:ref')\n  byRef(@Param('ref', new ParseUUIDPipe()) ref: string) {\n    return this.ds.query(\`SELECT * FROM users WHERE ref = '\${ref}'\`)\n  }\n}`, path: 'src/users.controller.ts' },
    { code: "function findOrder(db: Pool, id: number) {\n  return db.query(`SELECT * FROM orders WHERE id = ${id}`)\n}\napp.get('/orders/:id', (req, res) => findOrder(pool, Number(req.params.id)))", path: 'src/orders.ts' },
  ],
  invalid: [
    { code: "router.get('/k', async (req, res) => {\n  const ids = req.query.ids.split(',').filter(Boolean)\n  res.json(await db.query(`SELECT * FROM t WHERE id IN (${ids.join(',')})`))\n})", path: 'src/routes/items.js', findings: [{ line: 3 }] },
    { code: `${NEST}@Controller('users')\nexport class UsersController {\n  constructor(private readonly ds: DataSource) {}\n  @Get('team/:team')\n  byTeam(@Param('team') team: string) {\n    return this.ds.query(\`SELECT * FROM users WHERE team = '\${team}'\`)\n  }\n}`, path: "src/users.controller.ts", findings: [{ line: 7 }] },
    { code: "function findOrder(db: Pool, ref: string) {\n  return db.query(`SELECT * FROM orders WHERE ref = '${ref}'`)\n}\napp.get('/orders/:ref', (req, res) => findOrder(pool, req.params.ref))", path: 'src/orders.ts', findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    // a hand-written escape whose callback answers each special character with an entity
    { code: "router.get('/m', (req, res) => {\n  const q = String(req.query.q).replace(/[<>&\"']/g, (c) => `&#${c.charCodeAt(0)};`)\n  const r = String(req.query.r).replace(/[<>&]/g, (c) => ESCAPES[c])\n  res.send(`<p>${q} ${r}</p>`)\n})", path: 'src/routes/search.js' },
    { code: "export function Help() {\n  return <iframe title='help' srcDoc={'<p>Markdown is supported.</p>'} />\n}", path: 'src/Help.tsx' },
    // helpers handed the route's response: escaped, sent as text, sent as JSON, or handed nothing from the request
    // Node's writeHead naming a text type, and a helper that sends whatever type its caller chose
    { code: "const http = require('http')\nfunction respondText(res, text) {\n  res.writeHead(200, { 'Content-Type': 'text/plain' })\n  res.end(text)\n}\nfunction send(res, status, body, type = 'text/plain') {\n  res.writeHead(status, { 'content-type': type })\n  res.end(body)\n}\nhttp.createServer((req, res) => {\n  const q = new URL(req.url, 'http://localhost').searchParams.get('q')\n  if (q === 'raw') return send(res, 200, `<p>${q}</p>`, 'text/csv')\n  respondText(res, `<p>${q}</p>`)\n}).listen(8080)", path: 'server/main.js' },
    { code: "import escapeHtml from 'escape-html'\nfunction greet(res: Response, name: string) {\n  res.send(`<p>Hi ${escapeHtml(name)}</p>`)\n}\nfunction greetText(res: Response, name: string) {\n  res.type('text/plain').send('Hi ' + name)\n}\nfunction greetJson(res: Response, name: string) {\n  res.json({ greeting: 'Hi ' + name })\n}\nfunction banner(res, title) {\n  res.send('<h1>' + title + '</h1>')\n}\napp.get('/a', (req, res) => greet(res, String(req.query.n)))\napp.get('/b', (req, res) => greetText(res, String(req.query.n)))\napp.get('/c', (req, res) => greetJson(res, String(req.query.n)))\napp.get('/d', (req, res) => banner(res, 'Welcome'))", path: 'src/routes/greet.ts' },
    // a same-file helper whose every return is sanitised, called with a parameter the code cannot trace
    { code: "import DOMPurify from 'dompurify'\nimport { marked } from 'marked'\nexport function renderMarkdown(source: string): string {\n  const html = marked.parse(source) as string\n  return DOMPurify.sanitize(html)\n}\nexport function preview(target: HTMLElement, source: string) {\n  target.innerHTML = renderMarkdown(source)\n}", path: 'src/embed/markdown.ts' },
  ],
  invalid: [
    { code: "router.get('/m', (req, res) => {\n  const q = String(req.query.q).replace(/[<>]/g, (c) => c.toUpperCase())\n  res.send(`<p>${q}</p>`)\n})", path: 'src/routes/search.js', findings: [{ line: 3 }] },
    // a helper handed the route's response and the request's text writes the answer as the route would
    // a helper handed markup the route built, sent under Node's writeHead as HTML; Koa's context handed on the same way
    { code: "const http = require('http')\nfunction respondHtml(res, html) {\n  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })\n  res.end(html)\n}\nfunction renderNotice(ctx, text) {\n  ctx.body = `<div class=\"notice\">${text}</div>`\n}\nrouter.get('/notice', async (ctx) => renderNotice(ctx, ctx.query.msg))\nhttp.createServer((req, res) => {\n  const owner = new URL(req.url, 'http://localhost').searchParams.get('owner')\n  respondHtml(res, `<h1>Reports for ${owner}</h1>`)\n}).listen(8080)", path: 'server/main.js', findings: [{ line: 4 }, { line: 7 }] },
    { code: "function renderGreeting(res, name) {\n  res.send('<h1>Hello ' + name + '</h1>')\n}\nconst writeRow = (response, cell) => {\n  response.status(200).write('<td>' + cell + '</td>')\n}\napp.get('/hello', (req, res) => renderGreeting(res, req.query.name))\napp.get('/row', (req, res) => { writeRow(res, req.query.cell); res.end() })", path: 'src/routes/hello.js', findings: [{ line: 2 }, { line: 5 }] },
    // the same helper shape with nothing sanitising its return
    { code: "import { marked } from 'marked'\nexport function renderMarkdown(source: string): string {\n  return marked.parse(source) as string\n}\nexport function preview(target: HTMLElement, source: string) {\n  target.innerHTML = renderMarkdown(source)\n}", path: 'src/embed/markdown.ts', findings: [{ line: 6 }] },
    { code: "import { useSearchParams } from 'react-router-dom'\nexport function Embed() {\n  const [params] = useSearchParams()\n  const src = params.get('embed') ?? ''\n  return <iframe title='embed' srcDoc={src} />\n}", path: 'src/Embed.tsx', findings: [{ line: 5 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    { code: "const { createHash } = require('crypto')\nfunction cacheKey(url) {\n  const h = createHash('md5')\n  h.update(url)\n  return h.digest('hex')\n}", path: 'src/keys.js' },
    { code: "const { createHash } = require('crypto')\nfunction storeRecoveryCode(code) {\n  const h = createHash('sha256')\n  h.update(code)\n  return h.digest('hex')\n}", path: 'src/keys.js' },
  ],
  invalid: [
    { code: "const { createHash } = require('crypto')\nfunction storeRecoveryCode(code) {\n  const h = createHash('md5')\n  h.update(code)\n  return h.digest('hex')\n}", path: 'src/keys.js', findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/template-injection'), {
  valid: [
    "const Handlebars = require('handlebars')\nconst fs = require('fs')\nconst footer = Handlebars.precompile(fs.readFileSync('views/footer.hbs', 'utf8'))",
  ],
  invalid: [
    { code: "const Handlebars = require('handlebars')\napp.put('/templates/:id', (req, res) => {\n  const compiled = Handlebars.precompile(req.body.source)\n  res.json({ compiled })\n})", findings: [{ line: 3 }] },
  ],
})

const JS = { path: 'src/routes.js' }

testRule(registered('js/shell-injection'), {
  valid: [
    // an address checked with net.isIP, a host name with validator.isFQDN, before a shell sees it
    { ...JS, code: "const { exec } = require('child_process')\nconst net = require('net')\nconst validator = require('validator')\nrouter.post('/ping', (req, res) => {\n  const ip = req.body.ip\n  if (!net.isIP(ip)) return res.sendStatus(400)\n  exec(`ping -c 1 ${ip}`, (e, out) => res.send(out))\n})\nrouter.post('/dig', (req, res) => {\n  if (!validator.isFQDN(req.body.host)) return res.sendStatus(400)\n  exec(`dig +short ${req.body.host}`, (e, out) => res.send(out))\n})" },
    { ...JS, code: "const { exec } = require('child_process')\nrouter.post('/t/:id', (req, res) => {\n  const { id } = req.params\n  if (!/^\\d+$/.test(id)) return res.status(400).end()\n  exec(`convert /images/${id}.png -resize 200x200 /thumbs/${id}.png`)\n})" },
  ],
  invalid: [
    { ...JS, code: "const { exec } = require('child_process')\nrouter.post('/t/:id', (req, res) => {\n  const { id } = req.params\n  if (id.length === 0) return res.status(400).end()\n  exec(`convert /images/${id}.png`)\n})", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [
    // multer chose the stored name; the client's name went through basename
    { ...JS, code: "const fs = require('fs')\nconst path = require('path')\nrouter.post('/a', upload.single('file'), (req, res) => {\n  fs.renameSync(req.file.path, path.join(STORE, `${Date.now()}-${path.basename(req.file.originalname)}`))\n})" },
    { ...JS, code: "const path = require('path')\nrouter.get('/logs', (req, res) => {\n  const file = path.normalize(req.query.file).replace(/^(\\.\\.(\\/|\\\\|$))+/, '')\n  res.sendFile(path.join(LOGS, file))\n})" },
    // a key checked against a table's own keys (`in`, `Object.hasOwn`), in a ternary or a rejecting `if`
    { ...JS, code: "const path = require('path')\nconst FORMATS = { csv: 'text/csv', xlsx: 'application/vnd.ms-excel' }\nrouter.get('/r/:id', (req, res) => {\n  const format = req.query.format in FORMATS ? req.query.format : 'csv'\n  res.sendFile(path.join(REPORTS, `${Number(req.params.id)}.${format}`))\n})\nrouter.get('/t', (req, res) => {\n  const kind = req.query.kind\n  if (!(kind in FORMATS)) return res.sendStatus(400)\n  res.sendFile(path.join(REPORTS, kind))\n})\nrouter.get('/u', (req, res) => {\n  if (!Object.hasOwn(FORMATS, req.query.kind)) return res.sendStatus(400)\n  res.sendFile(path.join(REPORTS, req.query.kind))\n})" },
  ],
  invalid: [
    { ...JS, code: "const fs = require('fs')\nconst path = require('path')\nrouter.post('/a', upload.single('file'), (req, res) => {\n  fs.renameSync(req.file.path, path.join(STORE, req.file.originalname))\n})", findings: [{ line: 4 }] },
    { ...JS, code: "const fs = require('fs')\nconst path = require('path')\nconst AdmZip = require('adm-zip')\nfunction unpack(archive, dest) {\n  for (const entry of new AdmZip(archive).getEntries()) {\n    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData())\n  }\n}", findings: [{ line: 6 }] },
    // an `in` test about another key vouches for nothing
    { ...JS, code: "const path = require('path')\nrouter.get('/t', (req, res) => {\n  const kind = req.query.kind\n  if ('csv' in FORMATS) res.sendFile(path.join(REPORTS, kind))\n})", findings: [{ line: 4 }] },
    // a bare replace of `../` is the classic bypassable filter (`....//`)
    { ...JS, code: "const path = require('path')\nrouter.get('/logs', (req, res) => {\n  const file = req.query.file.replace('../', '')\n  res.sendFile(path.join(LOGS, file))\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    // validator.isURL with a host allow-list names only those hosts
    { ...JS, code: "const axios = require('axios')\nconst validator = require('validator')\nrouter.get('/d', async (req, res) => {\n  const url = req.query.url\n  if (!validator.isURL(url, { protocols: ['https'], host_whitelist: ['api.example.com'] })) return res.sendStatus(400)\n  res.json((await axios.get(url)).data)\n})" },
    // a Worker proxying to its configured origin: a parsed URL's pathname always starts with `/`
    { code: "export default {\n  async fetch(request, env) {\n    const url = new URL(request.url)\n    if (url.pathname.startsWith('/img/')) return fetch(`${env.IMAGES_ORIGIN}${url.pathname}`)\n    return fetch(env.API_ORIGIN + url.pathname + url.search, { headers: request.headers })\n  },\n}", path: 'src/index.js' },
    // a configured base then a path, kept in a variable before the fetch
    { ...JS, code: "const got = require('got')\nrouter.get('/a', async (req, res) => {\n  const upstream = `${process.env.ITEMS_API}/items/${req.query.id}`\n  const fallback = ITEMS_BASE + '/items/' + req.query.id\n  res.send((await got(upstream).text()) + (await got(fallback).text()))\n})" },
    { ...JS, code: "import { ofetch } from 'ofetch'\nrouter.get('/docs', async (req, res) => {\n  res.send(await ofetch(`https://docs.example.com/${encodeURIComponent(req.query.page)}`))\n})" },
    { ...JS, code: "const https = require('https')\nrouter.get('/s', (req, res) => {\n  https.get({ hostname: 'status.example.com', path: `/v1/${encodeURIComponent(req.query.id)}` }, (r) => res.sendStatus(r.statusCode))\n})" },
  ],
  invalid: [
    { ...JS, code: "import { ofetch } from 'ofetch'\nrouter.get('/unfurl', async (req, res) => {\n  res.send(await ofetch(req.query.link))\n})", findings: [{ line: 3 }] },
    // an address that is an IP, or a well-formed URL, may still be an internal one
    { ...JS, code: "const axios = require('axios')\nconst validator = require('validator')\nconst net = require('net')\nrouter.get('/d', async (req, res) => {\n  const { url, ip } = req.query\n  if (!validator.isURL(url) || !net.isIP(ip)) return res.sendStatus(400)\n  res.json([(await axios.get(url)).data, (await axios.get(`http://${ip}/status`)).data])\n})", findings: [{ line: 7 }] },
    // a pathname cut to drop its `/`, and a query value, can turn the origin's host into another (`api.example.com.evil.net`)
    { code: "export default {\n  async fetch(request, env) {\n    const url = new URL(request.url)\n    if (request.method === 'POST') return fetch(env.API_ORIGIN + url.pathname.slice(1))\n    return fetch(`${env.API_ORIGIN}${url.searchParams.get('u')}`)\n  },\n}", path: 'src/index.js', findings: [{ line: 4 }, { line: 5 }] },
    // a URL kept in a variable whose base the client sent, or that one branch replaces with the client's
    { ...JS, code: "const got = require('got')\nrouter.get('/a', async (req, res) => {\n  const upstream = `${req.query.base}/items/${req.query.id}`\n  res.send(await got(upstream).text())\n})", findings: [{ line: 4 }] },
    { ...JS, code: "const got = require('got')\nrouter.get('/a', async (req, res) => {\n  let upstream = `${process.env.ITEMS_API}/items/${req.query.id}`\n  if (req.query.mirror) upstream = req.query.mirror\n  res.send(await got(upstream).text())\n})", findings: [{ line: 5 }] },
    { ...JS, code: "const https = require('https')\nconst { isIP } = require('net')\nrouter.get('/s', (req, res) => {\n  const host = req.query.host\n  if (isIP(host) !== 0) return res.sendStatus(400)\n  https.get({ hostname: host, path: '/status' }, (r) => res.sendStatus(r.statusCode))\n})", findings: [{ line: 6 }] },
    { ...JS, code: "const puppeteer = require('puppeteer')\nrouter.post('/shot', async (req, res) => {\n  const page = await (await puppeteer.launch()).newPage()\n  await page.goto(req.body.url)\n  res.type('png').send(await page.screenshot())\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('crypto/insecure-random'), {
  valid: [
    { ...JS, code: "const { v4: uuidv4 } = require('uuid')\nasync function createSession(userId) {\n  const session = { userId, sessionId: uuidv4() }\n  await db.sessions.insert(session)\n}" },
    { ...JS, code: "const _ = require('lodash')\nfunction decorate(users) {\n  return users.map((u) => ({ ...u, hue: _.random(0, 360) }))\n}" },
    // One of several keys made elsewhere, a label or placement name, a mock: no secret is made.
    { ...JS, code: "function pickApiKey(keys) {\n  const apiKey = keys[Math.floor(Math.random() * keys.length)]\n  return apiKey\n}" },
    { ...JS, code: "function randomSessionName() {\n  const sessionName = `session-${Math.floor(Math.random() * 1000)}`\n  return sessionName\n}\nfunction mockToken() {\n  return `mock-${Math.random().toString(36).slice(2)}`\n}" },
  ],
  invalid: [
    { ...JS, code: "const { v1: uuidv1 } = require('uuid')\nasync function createSession(userId) {\n  const session = { userId, sessionId: uuidv1() }\n  await db.sessions.insert(session)\n}", findings: [{ line: 3 }] },
    { ...JS, code: "async function invite(email) {\n  await db.invites.insert({ email, inviteToken: Math.random().toString(36).slice(2) })\n}", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/cleartext-http'), {
  valid: [
    { ...JS, code: "const legacyFeed = 'https://feeds.example-news.com/rss/world.xml'\nasync function readFeed() {\n  return (await fetch(legacyFeed)).text()\n}" },
    { ...JS, code: "const localFeed = 'http://localhost:9000/rss.xml'\nasync function readFeed() {\n  return (await fetch(localFeed)).text()\n}" },
  ],
  invalid: [
    { ...JS, code: "const legacyFeed = 'http://feeds.news-partner.com/rss/world.xml'\nasync function readFeed() {\n  return (await fetch(legacyFeed)).text()\n}", findings: [{ line: 1 }] },
  ],
})

testRule(registered('js/prompt-injection'), {
  valid: [
    { ...JS, code: "const genAI = new GoogleGenerativeAI(process.env.KEY)\nrouter.post('/g', async (req, res) => {\n  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash', systemInstruction: 'Answer about our product only.' })\n  res.json(await model.generateContent(req.body.question))\n})" },
  ],
  invalid: [
    { ...JS, code: "const genAI = new GoogleGenerativeAI(process.env.KEY)\nrouter.post('/g', async (req, res) => {\n  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash', systemInstruction: `You work for ${req.body.company}.` })\n  res.json(await model.generateContent(req.body.question))\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/debug-mode'), {
  valid: [
    { ...JS, code: "const { graphqlHTTP } = require('express-graphql')\napp.use('/graphql', graphqlHTTP({ schema, graphiql: process.env.NODE_ENV !== 'production' }))" },
    { ...JS, code: "const errorHandler = require('strong-error-handler')\napp.use(errorHandler({ debug: process.env.NODE_ENV === 'development' }))" },
  ],
  invalid: [
    { ...JS, code: "const { graphqlHTTP } = require('express-graphql')\napp.use('/graphql', graphqlHTTP({ schema, graphiql: true }))", findings: [{ line: 2 }] },
    { ...JS, code: "const mercurius = require('mercurius')\nfastify.register(mercurius, { schema, graphiql: true })", findings: [{ line: 2 }] },
    { ...JS, code: "const errorHandler = require('strong-error-handler')\napp.use(errorHandler({ debug: true, log: true }))", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { ...JS, code: "const EXPORTABLE = ['id', 'title']\nrouter.get('/export', async (req, res) => {\n  const columns = String(req.query.columns).split(',').filter((c) => EXPORTABLE.includes(c))\n  res.json(await pool.query(`SELECT ${columns.join(', ')} FROM reports`))\n})" },
    { ...JS, code: "router.get('/search', async (req, res) => {\n  const { rows } = await pool.query({ text: 'SELECT * FROM t WHERE name ILIKE $1', values: [`%${req.query.q}%`] })\n  res.json(rows)\n})" },
    { ...JS, code: "router.get('/by/:table', async (req, res) => {\n  const table = req.params.table\n  assertKnownTable(table)\n  res.json(await pool.query(`SELECT * FROM ${table} WHERE owner = $1`, [req.user.id]))\n})" },
  ],
  invalid: [
    { ...JS, code: "router.get('/export', async (req, res) => {\n  const columns = String(req.query.columns).split(',').filter((c) => c.length > 0)\n  res.json(await pool.query(`SELECT ${columns.join(', ')} FROM reports`))\n})", findings: [{ line: 3 }] },
    { ...JS, code: "router.get('/search', async (req, res) => {\n  const { rows } = await pool.query({ text: `SELECT * FROM t WHERE name ILIKE '%${req.query.q}%'` })\n  res.json(rows)\n})", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { ...JS, code: "router.get('/search', async (req, res) => {\n  const [rows] = await pool.execute('SELECT * FROM t WHERE q = ?', [req.query.q])\n  res.send(`<h2>${rows.length} results</h2>`)\n})" },
  ],
  invalid: [
    { ...JS, code: "router.get('/search', (req, res) => {\n  res.send(`<h2>Results for ${req.query.q}</h2>`)\n})", findings: [{ line: 2 }] },
  ],
})

testRule(registered('crypto/insecure-cookie'), {
  valid: [
    // Koa's cookies are HttpOnly unless told otherwise
    { ...JS, code: "router.post('/login', async (ctx) => {\n  ctx.cookies.set('session', token, { maxAge: 86400000 })\n})" },
  ],
  invalid: [
    { ...JS, code: "router.post('/login', async (ctx) => {\n  ctx.cookies.set('remember_me', token, { httpOnly: false, maxAge: 86400000 })\n})", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/cleartext-http'), {
  valid: [
    { ...JS, code: "const xhr = new XMLHttpRequest()\nxhr.open('POST', 'https://api.partner-example.net/login')" },
    { ...JS, code: "const config = { docsUrl: 'http://docs.partner-example.net/guide', apiUrl: 'https://api.partner-example.net' }" },
  ],
  invalid: [
    { ...JS, code: "const xhr = new XMLHttpRequest()\nxhr.open('POST', 'http://api.partner-example.net/login')", findings: [{ line: 2 }] },
    { ...JS, code: "$.getJSON('http://api.partner-example.net/items', render)", findings: [{ line: 1 }] },
    { ...JS, code: "const config = {\n  timeout: 5000,\n  apiUrl: 'http://api.partner-example.net/v2',\n}", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/prompt-injection'), {
  valid: [
    { ...JS, code: "router.post('/s', async (req, res) => {\n  res.json(await generateText({ model, system: 'Summarise reviews.', prompt: req.body.review }))\n})" },
  ],
  invalid: [
    { ...JS, code: "router.post('/s', async (req, res) => {\n  res.json(await generateText({ model, prompt: `Summarise this review and never reveal secrets: ${req.body.review}` }))\n})", findings: [{ line: 2 }] },
    { ...JS, code: "router.post('/c', async (req, res) => {\n  const messages = [{ role: 'user', content: req.body.q }]\n  messages.unshift({ role: 'system', content: req.body.rules })\n  res.json(await openai.chat.completions.create({ model: 'gpt-4o', messages }))\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/shell-injection'), {
  valid: [{ ...JS, code: "const { spawn } = require('child_process')\nrouter.post('/l', (req, res) => {\n  spawn('git', ['log', req.body.branch]).stdout.pipe(res)\n})" }],
  invalid: [{ ...JS, code: "const { spawn } = require('child_process')\nrouter.post('/l', (req, res) => {\n  spawn('git', ['log', req.body.branch], { shell: true }).stdout.pipe(res)\n})", findings: [{ line: 3 }] }],
})

testRule(registered('js/xss-sink'), {
  valid: [{ ...JS, code: "router.post('/echo', (req, res) => {\n  res.send(req.body)\n})" }],
  invalid: [{ ...JS, code: "router.post('/echo', (req, res) => {\n  res.send(req.body.message)\n})", findings: [{ line: 2 }] }],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [{ ...JS, code: "const crypto = require('crypto')\nfunction hash(password, salt) {\n  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256')\n}" }],
  invalid: [
    { ...JS, code: "const crypto = require('crypto')\nfunction hash(password, salt) {\n  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'md5')\n}", findings: [{ line: 3 }] },
    { ...JS, code: "async function hashPassword(password) {\n  return crypto.subtle.digest({ name: 'SHA-1' }, new TextEncoder().encode(password))\n}", findings: [{ line: 2 }] },
  ],
})

// A hunk of a modified file whose `require('express-session')` is above it: the options say what the call is.
testRule(registered('crypto/insecure-cookie'), {
  valid: [
    { ...JS, code: "app.use(session({ secret: process.env.SESSION_SECRET, resave: false, cookie: { secure: true, maxAge: 3600000 } }))" },
    { ...JS, code: "const session = createSession({ userId })\nsession.cookie = { maxAge: 3600000 }" },
  ],
  invalid: [
    { ...JS, code: "app.use(session({ secret: process.env.SESSION_SECRET, resave: false, cookie: { maxAge: 3600000 } }))", findings: [{ line: 1 }] },
  ],
})

testRule(registered('crypto/hardcoded-signing-key'), {
  valid: [
    { ...JS, code: "const crypto = require('crypto')\nconst seal = (text) => crypto.createCipheriv('aes-256-gcm', Buffer.from(process.env.DATA_KEY, 'hex'), crypto.randomBytes(12))" },
    { ...JS, code: "import CryptoJS from 'crypto-js'\nexport const seal = (data) => CryptoJS.AES.encrypt(JSON.stringify(data), process.env.STORAGE_KEY).toString()" },
    // A constant named as a secret is reported where it is written (hardcoded-secret), not again at each use.
    { ...JS, code: "const jwt = require('jsonwebtoken')\nconst JWT_SECRET = 'q9v$Lr2!mZ7x@Kp4#Wn8'\nexports.issue = (user) => jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h' })" },
    // The same for a key kept on the instance by its constructor, or as a class field.
    { ...JS, code: "const jwt = require('jsonwebtoken')\nclass Tokens {\n  constructor() {\n    this.secret = 'q9v$Lr2!mZ7x@Kp4#Wn8'\n  }\n  issue(user) {\n    return jwt.sign({ sub: user.id }, this.secret)\n  }\n}" },
    { path: 'src/tokens.ts', code: "import jwt from 'jsonwebtoken'\nexport class Tokens {\n  private readonly signingKey: string = 'q9v$Lr2!mZ7x@Kp4#Wn8'\n  issue(id: string) {\n    return jwt.sign({ sub: id }, this.signingKey)\n  }\n}" },
  ],
  invalid: [
    { ...JS, code: "const crypto = require('crypto')\nconst seal = (text) => crypto.createCipheriv('aes-256-gcm', Buffer.from('0123456789abcdef0123456789abcdef'), crypto.randomBytes(12))", findings: [{ line: 2 }] },
    { ...JS, code: "import CryptoJS from 'crypto-js'\nexport const seal = (data) => CryptoJS.AES.encrypt(JSON.stringify(data), 'local-storage-key-2024').toString()", findings: [{ line: 2 }] },
    // A constant whose name does not say it is a secret: the use is where the key shows.
    { ...JS, code: "const jwt = require('jsonwebtoken')\nconst ISSUER_MATERIAL = 'q9v$Lr2!mZ7x@Kp4#Wn8'\nexports.issue = (user) => jwt.sign({ sub: user.id }, ISSUER_MATERIAL)", findings: [{ line: 3 }] },
    // A key decoded from a literal is no string assignment a secret scanner reads: the use is where it shows.
    { ...JS, code: "const crypto = require('crypto')\nconst LEGACY_KEY = Buffer.from('3f1c9a7e5b2d4f608a1c3e5f7b9d1f2a', 'hex')\nexports.seal = (text) => crypto.createCipheriv('aes-128-cbc', LEGACY_KEY, crypto.randomBytes(16))", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/search.ts', code: "const q = new URLSearchParams(location.search).get('q') ?? ''\nconst a = document.createElement('a')\na.setAttribute('href', `/search?q=${encodeURIComponent(q)}`)\na.setAttribute('title', q)" },
  ],
  invalid: [
    { path: 'src/search.ts', code: "const q = new URLSearchParams(location.search).get('next') ?? ''\nconst a = document.createElement('a')\na.setAttribute('href', q)" , findings: [{ line: 3 }] },
  ],
})

// zod: fields declared as numbers, enums or UUIDs parse to values with no injectable text; strings stay the client's.
const ZOD = "import { z } from 'zod'\nconst Query = z.object({ limit: z.coerce.number().int().max(100), q: z.string().max(50), id: z.string().uuid(), sort: z.enum(['name', 'date']) })\n"

testRule(registered('js/sql-injection'), {
  valid: [
    { ...JS, code: `${ZOD}router.get('/z', async (req, res) => {\n  const { limit, sort, id } = Query.parse(req.query)\n  res.json(await pool.query(\`SELECT * FROM t WHERE id = '\${id}' ORDER BY \${sort} LIMIT \${limit}\`))\n})` },
    { ...JS, code: `${ZOD}router.get('/z', async (req, res) => {\n  const r = Query.safeParse(req.query)\n  if (!r.success) return res.sendStatus(400)\n  res.json(await pool.query(\`SELECT * FROM t LIMIT \${r.data.limit}\`))\n})` },
  ],
  invalid: [
    { ...JS, code: `${ZOD}router.get('/z', async (req, res) => {\n  const { q } = Query.parse(req.query)\n  res.json(await pool.query(\`SELECT * FROM t WHERE name = '\${q}'\`))\n})`, findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/error-exposure'), {
  valid: [
    { path: 'src/filter.ts', code: "export function onError(err: Error, res: Response) {\n  res.status(500).json({ message: err.message, hasTrace: err.stack ? 1 : 0 })\n}" },
  ],
  invalid: [
    { path: 'src/filter.ts', code: "export function onError(exception: Error, res: Response) {\n  res.status(500).json({ message: exception.message, trace: exception.stack?.split('\\n') })\n}", findings: [{ line: 2 }] },
    { path: 'src/server.ts', code: "server.ext('onPreResponse', (request, h) => {\n  const r = request.response\n  return r instanceof Error ? h.response({ error: r.message, stack: r.stack }).code(500) : h.continue\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [{ path: 'src/server.ts', code: "server.route({ method: 'GET', path: '/f/{name}', handler: (request, h) => h.file('/srv/public/index.html') })" }],
  invalid: [{ path: 'src/server.ts', code: "server.route({ method: 'GET', path: '/f/{name}', handler: (request, h) => h.file(`/srv/public/${request.params.name}`) })", findings: [{ line: 1 }] }],
})

testRule(registered('js/prompt-injection'), {
  valid: [{ ...JS, code: "router.post('/a', async (req, res) => {\n  res.json(await openai.beta.assistants.create({ model: 'gpt-4o', name: req.body.name, instructions: 'Answer billing questions only.' }))\n})" }],
  invalid: [
    { ...JS, code: "router.post('/a', async (req, res) => {\n  res.json(await openai.beta.assistants.create({ model: 'gpt-4o', instructions: `Help the ${req.body.team} team.` }))\n})", findings: [{ line: 2 }] },
    { ...JS, code: "router.post('/r', async (req, res) => {\n  res.json(await openai.beta.threads.runs.create(req.params.thread, { assistant_id: ASSISTANT, additional_instructions: req.body.extra }))\n})", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/cleartext-http'), {
  valid: [{ path: 'src/graph.ts', code: "export const graph = new ApolloClient({ uri: 'http://localhost:4000/graphql', cache: new InMemoryCache() })" }],
  invalid: [{ path: 'src/graph.ts', code: "export const graph = new ApolloClient({\n  uri: 'http://graphql.partner-catalog.com/graphql',\n  cache: new InMemoryCache(),\n})", findings: [{ line: 1 }] }],
})

testRule(registered('crypto/hardcoded-signing-key'), {
  valid: [{ ...JS, code: "const { Strategy: JwtStrategy } = require('passport-jwt')\npassport.use(new JwtStrategy({ secretOrKey: process.env.JWT_SECRET }, verify))" }],
  invalid: [{ ...JS, code: "const { Strategy: JwtStrategy } = require('passport-jwt')\npassport.use(new JwtStrategy({ secretOrKey: 'accounts-jwt-signing-key-1' }, verify))", findings: [{ line: 2 }] }],
})

testRule(registered('js/xss-sink'), {
  valid: [{ ...JS, code: "const Handlebars = require('handlebars')\nrouter.get('/b', (req, res) => {\n  const label = new Handlebars.SafeString(`<span>${Handlebars.escapeExpression(req.query.label)}</span>`)\n  res.send(tpl({ label }))\n})" }],
  invalid: [{ ...JS, code: "const Handlebars = require('handlebars')\nrouter.get('/b', (req, res) => {\n  const label = new Handlebars.SafeString(`<span>${req.query.label}</span>`)\n  res.send(tpl({ label }))\n})", findings: [{ line: 3 }] }],
})

testRule(registered('js/path-traversal'), {
  valid: [
    { ...JS, code: "const path = require('path')\nrouter.get('/a', (req, res) => {\n  const name = req.query.name\n  if (name.includes('..') || path.isAbsolute(name)) return res.sendStatus(400)\n  res.sendFile(path.join(DIR, name))\n})" },
    { ...JS, code: "const path = require('path')\nconst sanitize = require('sanitize-filename')\nrouter.get('/b', (req, res) => res.sendFile(path.join(DIR, sanitize(req.query.name))))" },
  ],
  invalid: [
    { ...JS, code: "const path = require('path')\nrouter.get('/a', (req, res) => {\n  const name = req.query.name\n  if (name.includes(' ')) return res.sendStatus(400)\n  res.sendFile(path.join(DIR, name))\n})", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { ...JS, code: "router.get('/e', (req, res) => {\n  let column\n  switch (req.query.sort) {\n    case 'date': column = 'created_at'; break\n    default: column = 'id'\n  }\n  pool.query(`SELECT * FROM t ORDER BY ${column}`)\n})" },
  ],
  invalid: [
    { ...JS, code: "router.get('/e', (req, res) => {\n  let column\n  switch (req.query.mode) {\n    case 'raw': column = req.query.sort; break\n    default: column = 'id'\n  }\n  pool.query(`SELECT * FROM t ORDER BY ${column}`)\n})", findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/app/x.component.ts', code: "export class X {\n  show() {\n    const q = this.route.snapshot.queryParams['q']\n    this.renderer.setProperty(this.el.nativeElement, 'textContent', q)\n  }\n}" },
    { path: 'src/Comp.ts', code: "import { h } from 'vue'\nexport const render = () => h('div', { innerHTML: '<b>Welcome</b>' })" },
  ],
  invalid: [
    { path: 'src/app/x.component.ts', code: "export class X {\n  show() {\n    const q = this.route.snapshot.queryParams['q']\n    this.renderer.setProperty(this.el.nativeElement, 'innerHTML', q)\n  }\n}", findings: [{ line: 4 }] },
    { path: 'src/Comp.ts', code: "import { h } from 'vue'\nimport { useRoute } from 'vue-router'\nexport function setup() {\n  const route = useRoute()\n  return () => h('div', { innerHTML: route.query.msg })\n}", findings: [{ line: 5 }] },
    { path: 'src/Comp.js', code: "import React from 'react'\nexport function Note() {\n  const msg = new URLSearchParams(location.search).get('msg')\n  return React.createElement('div', { dangerouslySetInnerHTML: { __html: msg } })\n}", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { ...JS, code: "const axios = require('axios')\nrouter.get('/p', async (req, res) => {\n  const u = new URL(req.query.url)\n  if (u.protocol !== 'https:' || !(await isPublicHost(u.hostname))) return res.sendStatus(400)\n  res.json((await axios.get(u.toString())).data)\n})" },
  ],
  invalid: [
    // the scheme says nothing about the host
    { ...JS, code: "const axios = require('axios')\nrouter.get('/p', async (req, res) => {\n  const u = new URL(req.query.url)\n  if (u.protocol !== 'https:') return res.sendStatus(400)\n  res.json((await axios.get(u.toString())).data)\n})", findings: [{ line: 5 }] },
  ],
})

// A check written on a property read (`req.params.id`) holds for the same read further down.
testRule(registered('js/path-traversal'), {
  valid: [
    { ...JS, code: "const { join } = require('path')\nconst fs = require('fs')\nrouter.get('/m/:id', (req, res) => {\n  if (!/^[a-f0-9]{24}$/.test(req.params.id)) return res.sendStatus(404)\n  fs.createReadStream(join(ROOT, `${req.params.id}.webp`)).pipe(res)\n})" },
  ],
  invalid: [
    { ...JS, code: "const { join } = require('path')\nconst fs = require('fs')\nrouter.get('/m/:id', (req, res) => {\n  if (!/^[a-f0-9]{24}$/.test(req.params.id)) return res.sendStatus(404)\n  fs.createReadStream(join(ROOT, `${req.params.name}.webp`)).pipe(res)\n})", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [
    { ...JS, code: "const fs = require('fs')\nconst SIZES = new Map([['thumb', 200], ['card', 600]])\nrouter.get('/m/:kind', (req, res) => {\n  const width = SIZES.get(req.params.kind)\n  fs.createReadStream(`/data/media/default-${width}.webp`).pipe(res)\n})" },
  ],
  invalid: [
    { ...JS, code: "const fs = require('fs')\nconst cache = new Map()\nrouter.get('/m/:kind', (req, res) => {\n  cache.set('last', req.params.kind)\n  fs.createReadStream(`/data/media/${cache.get('last')}.webp`).pipe(res)\n})", findings: [{ line: 5 }] },
  ],
})

testRule(registered('crypto/insecure-random'), {
  valid: [
    { ...JS, code: "function colour() {\n  const colourCode = Math.floor(Math.random() * 360)\n  return `hsl(${colourCode}, 70%, 50%)`\n}" },
    // a secret-named local used only for timing or the page: a retry delay, a dismissed banner, a React key
    { ...JS, code: "app.post('/verify', (req, res) => {\n  const nonce = Math.floor(Math.random() * 1000)\n  res.set('Retry-After', String(nonce % 5))\n  res.json({ ok: true })\n})" },
    { ...JS, code: "export async function dismissBanner(id) {\n  const nonce = Math.random().toString(16).slice(2, 8)\n  cookies().set(`banner-${id}`, `dismissed-${nonce}`, { maxAge: 86400 })\n}" },
    { path: 'src/components/Toasts.jsx', code: "export function Toast({ text }) {\n  const tokenKey = Math.random().toString(36).slice(2)\n  return <li key={tokenKey} className=\"toast\">{text}</li>\n}" },
    { ...JS, code: "async function refresh(client) {\n  const tokenJitter = Math.random() * 250\n  await new Promise((r) => setTimeout(r, tokenJitter))\n  return client.refresh()\n}" },
  ],
  invalid: [
    { ...JS, code: "async function share(id) {\n  const shortCode = Math.random().toString(36).slice(2, 8)\n  await db.shares.insert({ id, shortCode })\n}", findings: [{ line: 2 }] },
    // the same names, sent or kept: a header that authenticates, a cookie value, a return
    { ...JS, code: "app.post('/verify', (req, res) => {\n  const nonce = Math.floor(Math.random() * 1e9)\n  res.set('Retry-After', '5')\n  res.set('X-Nonce', String(nonce))\n  res.json({ ok: true })\n})", findings: [{ line: 2 }] },
    { ...JS, code: "function login(res) {\n  const sessionId = Math.random().toString(36).slice(2)\n  res.cookie('sid', sessionId, { httpOnly: true })\n}", findings: [{ line: 2 }] },
    { ...JS, code: "function issue() {\n  const nonce = Math.random().toString(36).slice(2)\n  const wait = 100\n  return nonce\n}", findings: [{ line: 2 }] },
    { path: 'src/components/Invite.jsx', code: "export function Invite({ email }) {\n  const inviteToken = Math.random().toString(36).slice(2)\n  return <a key={inviteToken} href={`/join?token=${inviteToken}`}>{email}</a>\n}", findings: [{ line: 2 }] },
    // `await` is not a wait
    { ...JS, code: "async function forgot(user) {\n  const resetCode = Math.random().toString(36).slice(-8)\n  await ResetToken.create({ userId: user.id, code: resetCode })\n}", findings: [{ line: 2 }] },
    // never read again: the name is all there is
    { ...JS, code: "function issue() {\n  const resetToken = Math.random().toString(36).slice(2)\n}", findings: [{ line: 2 }] },
  ],
})

// A class method returning Math.random() output, stored by another method as a reset code: reported at the PRNG call;
// crypto.randomInt in its place, or the code kept for a purpose no one guesses (a colour), stays quiet.
const RESET = (make: string, model = 'PasswordReset') =>
  `class ResetService {\n  makeCode() {\n    return ${make}\n  }\n  async start(user) {\n    const code = this.makeCode()\n    await ${model}.create({ userId: user.id, code })\n    return code\n  }\n}\n`
testRule(registered('crypto/insecure-random'), {
  valid: [
    { path: 'src/services/reset.js', code: `const crypto = require('crypto')\n${RESET('String(crypto.randomInt(100000, 1000000))')}` },
    { path: 'src/services/palette.js', code: RESET("'#' + Math.floor(Math.random() * 0xffffff).toString(16)", 'Swatch') },
  ],
  invalid: [{ path: 'src/services/reset.js', code: RESET('String(Math.floor(100000 + Math.random() * 900000))'), findings: [{ line: 3, message: /Math\.random/ }] }],
})

// nanoid's non-secure build (its nanoid and the generator its customAlphabet returns), shortid and lodash's
// _.times over _.random make guessable ids: reported where a share token, an invite or reset slug or an OTP is made
// from them; nanoid proper, and a non-secure id that only names an element on the page, stay quiet.
testRule(registered('crypto/insecure-random'), {
  valid: [
    { path: 'src/routes/links.js', code: "import { nanoid } from 'nanoid'\nrouter.post('/links', async (req, res) => {\n  const slug = nanoid(16)\n  await db('share_links').insert({ token: slug })\n  res.json({ slug })\n})" },
    { path: 'src/routes/links.js', code: "import { nanoid } from 'nanoid/non-secure'\nrouter.get('/s/:t', (req, res) => {\n  res.render('doc', { viewerId: `viewer-${nanoid(8)}` })\n})" },
    { path: 'src/routes/links.js', code: "import { customAlphabet } from 'nanoid'\nconst inviteCode = customAlphabet('ABCDEFGH23456789', 10)\nrouter.post('/invites', async (req, res) => {\n  const code = inviteCode()\n  await db('invites').insert({ email: req.body.email, code })\n  res.sendStatus(201)\n})" },
    { path: 'src/routes/links.js', code: "const _ = require('lodash')\nfunction diceRolls() {\n  const rolls = _.times(6, () => _.random(1, 6))\n  return rolls\n}" },
  ],
  invalid: [
    { path: 'src/routes/links.js', code: "import { nanoid as quickId } from 'nanoid/non-secure'\nrouter.post('/links', async (req, res) => {\n  const slug = quickId(12)\n  await db('share_links').insert({ token: slug })\n  res.json({ slug })\n})", findings: [{ line: 3 }] },
    { path: 'src/routes/links.js', code: "import { customAlphabet } from 'nanoid/non-secure'\nconst inviteCode = customAlphabet('ABCDEFGH23456789', 10)\nrouter.post('/invites', async (req, res) => {\n  const code = inviteCode()\n  await db('invites').insert({ email: req.body.email, code })\n  res.sendStatus(201)\n})", findings: [{ line: 4 }] },
    { path: 'src/routes/reset.js', code: "const shortid = require('shortid')\nrouter.post('/resets', async (req, res) => {\n  const slug = shortid.generate()\n  await db('password_resets').insert({ user_id: req.user.id, slug })\n  res.sendStatus(202)\n})", findings: [{ line: 3 }] },
    { path: 'src/routes/sms.js', code: "const _ = require('lodash')\nrouter.post('/sms-code', async (req, res) => {\n  const otp = _.times(6, () => _.random(0, 9)).join('')\n  await sms.send(req.body.phone, otp)\n  res.sendStatus(202)\n})", findings: [{ line: 3 }] },
  ],
})

// Libraries whose "random" is Math.random's: lodash's random and sampleSize, shortid, nanoid's non-secure build and the
// generators its customAlphabet makes. The same jobs through crypto (randomInt, nanoid's default build) stay quiet, and so
// do a status code drawn for a demo and a greeting picked for variety.
testRule(registered('crypto/insecure-random'), {
  valid: [
    "import { randomInt } from 'node:crypto'\nexport async function createSmsCode(phone: string) {\n  const code = String(randomInt(100000, 1000000))\n  await db.smsCode.create({ data: { phone, codeHash: hashToken(code) } })\n  return code\n}",
    "import { customAlphabet } from 'nanoid'\nconst joinCode = customAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)\nexport async function createJoinCode(workspaceId: string) {\n  const code = joinCode()\n  await db.joinCode.create({ data: { workspaceId, code } })\n  return code\n}",
    "import { nanoid } from 'nanoid/non-secure'\nexport function Field({ label }: { label: string }) {\n  const id = nanoid()\n  return { id, label }\n}",
    "import _ from 'lodash'\nexport function demoOrder() {\n  const code = _.random(200, 599)\n  return { status: code, items: _.shuffle(['a', 'b', 'c']) }\n}",
    "import _ from 'lodash'\nexport function pickGreeting() {\n  return _.sample(['Hi', 'Hello', 'Welcome back'])\n}",
  ],
  invalid: [
    { code: "import _ from 'lodash'\nexport async function createSmsCode(phone: string) {\n  const code = String(_.random(100000, 999999))\n  await db.smsCode.create({ data: { phone, codeHash: hashToken(code) } })\n  return code\n}", findings: [{ line: 3, message: /lodash\.random/ }] },
    { code: "import { customAlphabet } from 'nanoid/non-secure'\nconst shortCode = customAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)\nexport async function createJoinCode(workspaceId: string) {\n  const code = shortCode()\n  await db.joinCode.create({ data: { workspaceId, code } })\n  return code\n}", findings: [{ line: 4 }] },
    { code: "import _ from 'lodash'\nconst ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'\nexport async function createApiKey(userId: string) {\n  const key = `ak_${_.sampleSize(ALPHABET, 32).join('')}`\n  await db.apiKey.create({ data: { userId, keyHash: hashToken(key) } })\n  return key\n}", findings: [{ line: 4, message: /sampleSize/ }] },
    { code: "import shortid from 'shortid'\nexport async function createShareLink(documentId: string) {\n  const slug = shortid.generate()\n  await db.shareLink.create({ data: { documentId, slug } })\n  return `/s/${slug}`\n}", findings: [{ line: 3, message: /shortid/ }] },
    { code: "import { nanoid } from 'nanoid/non-secure'\nexport async function createInvite(email: string) {\n  const inviteToken = nanoid(32)\n  await db.invite.create({ data: { email, inviteToken } })\n}", findings: [{ line: 3 }] },
  ],
})

// A helper the handler hands its response to writes the answer itself (`function page(res, status, html)`), with the request
// data it is handed; an escape written as a lookup in an inline table (`(c) => ({ '<': '&lt;' }[c])`) escapes.
testRule(registered('js/xss-sink'), {
  valid: [
    { code: "const http = require('node:http')\nfunction esc(s) {\n  return String(s).replace(/[&<>\"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#39;' }[c]))\n}\nhttp.createServer((req, res) => {\n  const q = new URL(req.url, 'http://localhost').searchParams.get('q')\n  res.writeHead(200, { 'Content-Type': 'text/html' })\n  res.end(`<h1>${esc(q)}</h1>`)\n})", path: 'src/server.js' },
    { code: "function page(res, html) {\n  res.writeHead(200, { 'Content-Type': 'text/html' })\n  res.end(`<!doctype html>${html}`)\n}\napp.get('/', (req, res) => page(res, '<h1>Home</h1>'))", path: 'src/server.js' },
    { code: "function sendName(res, name) {\n  res.type('text/plain').send(`Hello ${name}`)\n}\napp.get('/hi', (req, res) => sendName(res, req.query.name))", path: 'src/server.js' },
  ],
  invalid: [
    { code: "const http = require('node:http')\nfunction page(res, status, html) {\n  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' })\n  res.end(`<!doctype html>${html}`)\n}\nhttp.createServer((req, res) => {\n  const url = new URL(req.url, 'http://localhost')\n  page(res, 404, `<p>No page at ${decodeURIComponent(url.pathname)}</p>`)\n})", path: 'src/server.js', findings: [{ line: 4 }] },
    { code: "async function results(url, res) {\n  res.writeHead(200, { 'Content-Type': 'text/html' })\n  for (const t of url.searchParams.getAll('tag')) res.write(`<span>${t}</span>`)\n  res.end()\n}\nrequire('http').createServer((req, res) => results(new URL(req.url, 'http://x'), res))", path: 'src/server.js', findings: [{ line: 3 }] },
    { code: "function greet(res, name) {\n  res.send(`<p>Hello ${name}</p>`)\n}\napp.get('/hi', (req, res) => greet(res, req.query.name))", path: 'src/server.js', findings: [{ line: 2 }] },
  ],
})
