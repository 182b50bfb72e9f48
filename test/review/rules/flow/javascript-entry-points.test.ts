/**
 * Entry points and sinks of server and browser JavaScript beyond route handlers: Lambda handlers
 * exported under any name through CommonJS, socket.io event payloads, Koa-style controller actions
 * wired by a framework (Strapi), archive member names (zip slip), links and forms the page looks
 * up, SQL in a query call's options object, identifiers picked from a constant table, and a MAC
 * made by a local helper compared with `===`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('js/path-traversal'), {
  valid: [
    // A function's `event` that is not an API Gateway event (a DOM or emitter event) is not request data.
    { path: 'functions/cleanup.js', code: "const fs = require('fs/promises')\nexports.onTick = async (event) => {\n  await fs.rm(path.join(os.tmpdir(), event.dir), { recursive: true })\n}" },
    // A socket's lifecycle event carries no payload of the client's.
    { path: 'server/realtime.js', code: "io.on('connection', (socket) => {\n  socket.on('disconnect', (reason) => {\n    fs.appendFileSync(path.join(LOG_DIR, reason), 'bye')\n  })\n})" },
    // An archive entry's name checked to stay in the destination.
    { path: 'server/unpack.js', code: "const unzipper = require('unzipper')\nasync function unpack(src, dest) {\n  for await (const entry of src.pipe(unzipper.Parse({ forceStream: true }))) {\n    const out = path.resolve(dest, entry.path)\n    if (!out.startsWith(dest + path.sep)) { entry.autodrain(); continue }\n    entry.pipe(fs.createWriteStream(out))\n  }\n}" },
    // Without an archive reader in the file, `entry.path` is the program's own (a directory walk).
    { path: 'server/walk.js', code: "async function copyAll(entries, dest) {\n  for (const entry of entries) {\n    const out = path.join(dest, entry.path)\n    await fs.promises.copyFile(entry.source, out)\n  }\n}" },
  ],
  invalid: [
    { path: 'functions/thumbs/handler.js', code: "const fs = require('fs/promises')\nexports.cleanup = async (event) => {\n  const { dir } = event.queryStringParameters || {}\n  await fs.rm(path.join(os.tmpdir(), dir), { recursive: true, force: true })\n}", findings: [{ line: 4, message: /event\.queryStringParameters/ }] },
    { path: 'functions/files/handler.js', code: "module.exports.read = async (event) => {\n  const name = event.pathParameters.name\n  return { statusCode: 200, body: await fs.promises.readFile(path.join(ROOT, name), 'utf8') }\n}", findings: [{ line: 3 }] },
    { path: 'server/realtime.js', code: "io.on('connection', (socket) => {\n  socket.on('tail', (file) => {\n    fs.createReadStream(path.join(LOG_DIR, file)).on('data', (c) => socket.emit('lines', c))\n  })\n})", findings: [{ line: 3, message: /the socket's `file`/ }] },
    { path: 'server/unpack.js', code: "const unzipper = require('unzipper')\nasync function unpack(src, dest) {\n  for await (const entry of src.pipe(unzipper.Parse({ forceStream: true }))) {\n    entry.pipe(fs.createWriteStream(path.join(dest, entry.path)))\n  }\n}", findings: [{ line: 4, message: /archive entry/ }] },
    { path: 'server/unpack.js', code: "const yauzl = require('yauzl')\nyauzl.open(file, { lazyEntries: true }, (err, zip) => {\n  zip.on('entry', (entry) => {\n    zip.openReadStream(entry, (e, stream) => stream.pipe(fs.createWriteStream(path.join(OUT, entry.fileName))))\n  })\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'public/js/widget.js', code: "const params = new URLSearchParams(location.search)\ndocument.getElementById('home').href = '/' + encodeURIComponent(params.get('lang') || 'en')" },
    // An image's `src` runs nothing.
    { path: 'public/js/widget.js', code: "const params = new URLSearchParams(location.search)\ndocument.getElementById('avatar').src = params.get('img')" },
  ],
  invalid: [
    { path: 'public/js/widget.js', code: "const params = new URLSearchParams(location.search)\ndocument.getElementById('back').href = params.get('back')", findings: [{ line: 2 }] },
    { path: 'public/js/widget.js', code: "const params = new URLSearchParams(location.search)\nconst form = document.querySelector('#checkout')\nform.action = params.get('next')", findings: [{ line: 3 }] },
    // A Strapi controller action: Koa's `ctx`, wired by the framework rather than a router call.
    { path: 'src/api/article/controllers/article.js', code: "module.exports = createCoreController('api::article.article', ({ strapi }) => ({\n  async preview(ctx) {\n    const { title } = ctx.request.body\n    ctx.type = 'html'\n    ctx.body = `<h2>${title}</h2>`\n  },\n}))", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/mass-assignment'), {
  valid: [
    { path: 'src/api/article/controllers/article.js', code: "module.exports = createCoreController('api::article.article', ({ strapi }) => ({\n  async rename(ctx) {\n    const { title } = ctx.request.body\n    ctx.body = await strapi.entityService.update('api::article.article', ctx.params.id, { data: { title } })\n  },\n}))" },
  ],
  invalid: [
    { path: 'src/api/article/controllers/article.js', code: "module.exports = createCoreController('api::article.article', ({ strapi }) => ({\n  async update(ctx) {\n    ctx.body = await strapi.entityService.update('api::article.article', ctx.params.id, { data: ctx.request.body })\n  },\n}))", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    // The table name is one of the lookup table's own values.
    { path: 'functions/metrics.js', code: "const METRICS = { views: 'page_views', clicks: 'clicks' }\nfunctions.http('metric', async (req, res) => {\n  const table = METRICS[req.query.metric]\n  if (!table) return res.status(400).end()\n  const [rows] = await bigquery.query({ query: `SELECT day, n FROM \\`${DATASET}.${table}\\` WHERE day >= @since`, params: { since: req.query.since } })\n  res.json(rows)\n})" },
  ],
  invalid: [
    // BigQuery's options object carries the SQL as `query`.
    { path: 'functions/metrics.js', code: "functions.http('campaign', async (req, res) => {\n  const [rows] = await bigquery.query({ query: `SELECT day FROM clicks WHERE campaign = '${req.query.campaign}'` })\n  res.json(rows)\n})", findings: [{ line: 2, message: /request data/ }] },
    { path: 'functions/metrics.js', code: "functions.http('metric', async (req, res) => {\n  const table = req.query.metric\n  const [rows] = await bigquery.query({ query: `SELECT day, n FROM \\`${DATASET}.${table}\\`` })\n  res.json(rows)\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/timing-unsafe-comparison'), {
  valid: [
    { path: 'lib/webhooks.js', code: "function signWebhook(payload) {\n  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(payload).digest('hex')\n}\nfunction checkWebhook(payload, signature) {\n  const expected = signWebhook(payload)\n  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))\n}" },
    // A helper that returns something else than a MAC (a cache key) is not a secret.
    { path: 'lib/cache.js', code: "function cacheKey(payload) {\n  return `v1:${payload.id}`\n}\nfunction fresh(payload, key) {\n  const expected = cacheKey(payload)\n  return expected === key\n}" },
  ],
  invalid: [
    { path: 'lib/webhooks.js', code: "function signWebhook(payload) {\n  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(payload).digest('hex')\n}\nfunction checkWebhook(payload, signature) {\n  const expected = signWebhook(payload)\n  return expected === signature\n}", findings: [{ line: 6 }] },
  ],
})
