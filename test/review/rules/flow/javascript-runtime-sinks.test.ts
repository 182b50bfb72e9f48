/**
 * Sinks and sources of runtimes beyond Express: a serverless function's HTML result object, Sails'
 * native queries, @fastify/multipart's parts, vm2 sandboxes and Electron's `executeJavaScript`,
 * a table of tool handlers dispatched by the name in a model's tool call, Neon's `sql`, a tag that binds and a
 * function that runs the text it is handed, and a React Native WebView's html and injected script, filled from an
 * Expo Router screen's deep-link parameters.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const LAMBDA = (headers: string, body: string) =>
  `exports.bye = async (event) => {\n  const email = event.queryStringParameters.email || ''\n  return {\n    statusCode: 200,\n    headers: ${headers},\n    body: ${body},\n  }\n}`

testRule(registered('js/xss-sink'), {
  valid: [
    // Sent as text or JSON, the browser does not parse the body as HTML.
    { path: 'functions/pages.js', code: LAMBDA("{ 'Content-Type': 'text/plain' }", '`${email} has been unsubscribed.`') },
    { path: 'functions/pages.js', code: LAMBDA("{ 'Content-Type': 'application/json' }", 'JSON.stringify({ message: `<b>${email}</b>` })') },
    // Escaped before it is written into the page.
    { path: 'functions/pages.js', code: `const escapeHtml = require('escape-html')\n${LAMBDA("{ 'Content-Type': 'text/html' }", '`<p>${escapeHtml(email)} has been unsubscribed.</p>`')}` },
  ],
  invalid: [
    { path: 'functions/pages.js', code: LAMBDA("{ 'Content-Type': 'text/html; charset=utf-8' }", '`<p>${email} has been unsubscribed.</p>`'), findings: [{ line: 6, message: /event\.queryStringParameters/ }] },
    { path: 'netlify/functions/hello.js', code: "exports.handler = async (event) => {\n  const { name } = JSON.parse(event.body)\n  return { statusCode: 200, headers: { 'content-type': 'text/html' }, body: '<h1>Hello ' + name + '</h1>' }\n}", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { path: 'api/controllers/PagesController.js', code: "module.exports = {\n  async search(req, res) {\n    const result = await sails.sendNativeQuery('SELECT id FROM page WHERE title LIKE $1', [`%${req.param('q')}%`])\n    return res.json(result.rows)\n  },\n}" },
  ],
  invalid: [
    { path: 'api/controllers/PagesController.js', code: "module.exports = {\n  async search(req, res) {\n    const result = await sails.sendNativeQuery(`SELECT id FROM page WHERE title LIKE '%${req.param('q')}%'`)\n    return res.json(result.rows)\n  },\n}", findings: [{ line: 3 }] },
    { path: 'api/controllers/PagesController.js', code: "module.exports = {\n  async search(req, res) {\n    const result = await Page.getDatastore().sendNativeQuery('SELECT id FROM page WHERE owner = ' + req.param('owner'))\n    return res.json(result.rows)\n  },\n}", findings: [{ line: 3 }] },
  ],
})

const FASTIFY = (body: string) =>
  `const fs = require('fs')\nconst path = require('path')\nconst { pipeline } = require('stream/promises')\nmodule.exports = async function (fastify) {\n  fastify.post('/upload', async (request, reply) => {\n${body}\n    return { ok: true }\n  })\n}`

testRule(registered('js/path-traversal'), {
  valid: [
    // The server names the stored file; the part's stream is only its content.
    { path: 'src/plugins/uploads.js', code: FASTIFY("    const part = await request.file()\n    await pipeline(part.file, fs.createWriteStream(path.join(DIR, `${Date.now()}.bin`)))") },
    { path: 'src/plugins/uploads.js', code: FASTIFY("    const part = await request.file()\n    await pipeline(part.file, fs.createWriteStream(path.join(DIR, path.basename(part.filename))))") },
  ],
  invalid: [
    { path: 'src/plugins/uploads.js', code: FASTIFY("    const part = await request.file()\n    await pipeline(part.file, fs.createWriteStream(path.join(DIR, part.filename)))"), findings: [{ line: 7, message: /request\.file\(\)/ }] },
    { path: 'src/plugins/uploads.js', code: FASTIFY("    for await (const part of request.files()) {\n      await pipeline(part.file, fs.createWriteStream(path.join(DIR, part.filename)))\n    }"), findings: [{ line: 7 }] },
  ],
})

const TOOLS = (table: string, dispatch: string) =>
  `const OpenAI = require('openai')\nconst { Pool } = require('pg')\nconst pool = new Pool()\nconst client = new OpenAI()\nconst ${table} = {\n  async run_report({ sql }) {\n    const { rows } = await pool.query(sql)\n    return rows\n  },\n  async lookup({ id }) {\n    const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [id])\n    return rows[0]\n  },\n}\nasync function answer(messages) {\n  const completion = await client.chat.completions.create({ model: 'gpt-4o', messages })\n  for (const call of completion.choices[0].message.tool_calls || []) {\n    ${dispatch}\n  }\n}`

testRule(registered('js/sql-injection'), {
  valid: [
    // Methods of an object that is never indexed by the model's tool name and called: the program's own calls.
    { path: 'server/agent/tools.js', code: TOOLS('reports', "await reports.run_report({ sql: 'SELECT count(*) FROM orders' })") },
  ],
  invalid: [
    { path: 'server/agent/tools.js', code: TOOLS('tools', 'messages.push(await tools[call.function.name](JSON.parse(call.function.arguments)))'), findings: [{ line: 7, message: /the model's `sql`/ }] },
    { path: 'server/agent/tools.js', code: TOOLS('handlers', 'const fn = call.function.name\n    messages.push(await handlers[fn](JSON.parse(call.function.arguments)))'), findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/code-eval'), {
  valid: [
    { path: 'server/calc.js', code: "const { VM } = require('vm2')\nfunction calc(req, res) {\n  res.json({ out: new VM({ timeout: 100 }).run('1 + 1') })\n}" },
    // A `run` method of anything but a vm2 sandbox.
    { path: 'server/calc.js', code: "const jobs = require('./jobs')\nfunction calc(req, res) {\n  res.json({ out: jobs.run(req.body.expr) })\n}" },
    { path: 'app/main/index.js', code: "const { ipcMain } = require('electron')\nipcMain.handle('title', async () => win.webContents.executeJavaScript('document.title'))" },
  ],
  invalid: [
    { path: 'server/calc.js', code: "const { VM } = require('vm2')\nfunction calc(req, res) {\n  const vm = new VM({ timeout: 100 })\n  res.json({ out: vm.run(req.body.expr) })\n}", findings: [{ line: 4 }] },
    { path: 'server/calc.js', code: "const { NodeVM } = require('vm2')\nfunction calc(req, res) {\n  res.json({ out: new NodeVM().run(req.body.code) })\n}", findings: [{ line: 3 }] },
    { path: 'app/main/index.js', code: "const { ipcMain } = require('electron')\nipcMain.handle('theme', async (_event, css) => {\n  await win.webContents.executeJavaScript(`applyTheme('${css}')`)\n})", findings: [{ line: 3, message: /renderer's `css`/ }] },
  ],
})

const PROXY = (options: string) =>
  `const axios = require('axios')\nconst got = require('got')\nconst { RequestFilteringHttpAgent, RequestFilteringHttpsAgent, useAgent } = require('request-filtering-agent')\napp.get('/preview', async (req, res) => {\n  const r = await ${options}\n  res.json(r.data ?? r.body)\n})`

testRule(registered('js/ssrf'), {
  valid: [
    // An agent that refuses private and loopback addresses when it connects keeps internal services out of reach.
    { code: PROXY('axios.get(req.query.url, { httpAgent: new RequestFilteringHttpAgent(), httpsAgent: new RequestFilteringHttpsAgent() })') },
    { code: PROXY('got(req.query.url, { agent: { http: new RequestFilteringHttpAgent(), https: new RequestFilteringHttpsAgent() } })') },
    { code: PROXY("axios.get(req.query.url, { httpAgent: useAgent(req.query.url), httpsAgent: useAgent(req.query.url) })") },
  ],
  invalid: [
    { code: PROXY('axios.get(req.query.url, { timeout: 3000 })'), findings: [{ line: 5 }] },
    // A keep-alive agent filters nothing.
    { code: PROXY("axios.get(req.query.url, { httpsAgent: new (require('https').Agent)({ keepAlive: true }) })"), findings: [{ line: 5 }] },
  ],
})

const ADONIS = (body: string) => `class PostsController {\n  async update({ params, request, auth, response }) {\n    const post = await Post.query().where({ id: params.id, user_id: auth.user.id }).firstOrFail()\n${body}\n  }\n}\nmodule.exports = PostsController`

testRule(registered('js/mass-assignment'), {
  valid: [
    { code: ADONIS("    post.merge(request.only(['title', 'body']))\n    await post.save()\n    return response.json(post)"), path: 'app/Controllers/Http/PostsController.js' },
  ],
  invalid: [
    { code: ADONIS('    post.merge(request.all())\n    await post.save()\n    return response.json(post)'), path: 'app/Controllers/Http/PostsController.js', findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    { code: ADONIS("    return response.redirect('/posts/' + post.id)"), path: 'app/Controllers/Http/PostsController.js' },
  ],
  invalid: [
    { code: ADONIS("    return response.redirect(request.input('back', '/posts'))"), path: 'app/Controllers/Http/PostsController.js', findings: [{ line: 4 }] },
  ],
})

const PUPPETEER = (line: string) => `const puppeteer = require('puppeteer')\napp.post('/pdf', async (req, res) => {\n  const page = await (await puppeteer.launch()).newPage()\n  ${line}\n  res.type('application/pdf').send(await page.pdf())\n})`

testRule(registered('js/code-eval'), {
  valid: [
    // A function, or the code's own text, runs what the code wrote; the client's value is only its argument.
    { code: PUPPETEER('await page.evaluate((title) => { document.title = title }, req.body.title)') },
    { code: PUPPETEER("await page.evaluate('window.scrollTo(0, document.body.scrollHeight)')") },
  ],
  invalid: [
    { code: PUPPETEER('await page.evaluate(req.body.script)'), findings: [{ line: 4 }] },
    { code: PUPPETEER('await page.addScriptTag({ content: req.body.script })'), findings: [{ line: 4 }] },
  ],
})

// Neon: `sql\`…${q}\`` binds the value; `sql(text, params)` runs the text as written and binds only the params.
const NEON = (line: string) =>
  `import { neon } from '@neondatabase/serverless'\nexport async function GET(request: Request) {\n  const sql = neon(process.env.DATABASE_URL!)\n  const site = new URL(request.url).searchParams.get('site') ?? ''\n  const rows = ${line}\n  return Response.json(rows)\n}`

testRule(registered('js/sql-injection'), {
  valid: [
    { path: 'app/api/pages/route.ts', code: NEON('await sql`SELECT id, title FROM pages WHERE site = ${site}`') },
    { path: 'app/api/pages/route.ts', code: NEON("await sql('SELECT id, title FROM pages WHERE site = $1', [site])") },
  ],
  invalid: [
    { path: 'app/api/pages/route.ts', code: NEON("await sql(`SELECT id, title FROM pages WHERE site = '${site}'`)"), findings: [{ line: 5 }] },
    { path: 'app/api/pages/route.ts', code: NEON("await sql(`SELECT id, title FROM pages WHERE site = '${site}' AND title ILIKE $1`, ['%a%'])"), findings: [{ line: 5 }] },
  ],
})

// Expo Router: any page or app can open `myapp://preview?title=…`; the WebView runs the markup and script it is given.
const SCREEN = (body: string, ret = '<View />') =>
  `import { useRef } from 'react'\nimport { View } from 'react-native'\nimport { useLocalSearchParams } from 'expo-router'\nimport { WebView } from 'react-native-webview'\nexport default function Preview() {\n  const { title } = useLocalSearchParams<{ title: string }>()\n  const web = useRef<WebView>(null)\n${body}\n  return ${ret}\n}`

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'app/preview.tsx', code: SCREEN('  const page = `<h1>${escapeHtml(title)}</h1>`', '<WebView source={{ html: page }} />') },
    { path: 'app/preview.tsx', code: SCREEN('  const page = `https://help.example.com/${encodeURIComponent(title)}`', '<WebView source={{ uri: page }} />') },
    { path: 'app/preview.tsx', code: SCREEN('', '<Text>{title}</Text>') },
  ],
  invalid: [
    { path: 'app/preview.tsx', code: SCREEN('  const page = `<h1>${title}</h1>`', '<WebView source={{ html: page }} />'), findings: [{ line: 9, message: /useLocalSearchParams/ }] },
  ],
})

testRule(registered('js/code-eval'), {
  valid: [
    { path: 'app/preview.tsx', code: SCREEN('  const find = () => web.current?.injectJavaScript(`window.find(${JSON.stringify(title)}); true;`)') },
    { path: 'app/preview.tsx', code: SCREEN("  const find = () => web.current?.injectJavaScript('window.scrollTo(0, 0); true;')") },
  ],
  invalid: [
    { path: 'app/preview.tsx', code: SCREEN("  const find = () => web.current?.injectJavaScript(`window.find('${title}'); true;`)"), findings: [{ line: 8 }] },
  ],
})
