/**
 * Workers and serverless entry points off Express: Agenda job data, kafkajs's consumed messages and NATS messages as
 * queue payloads the public API wrote; API Gateway v2's raw query string; a Firebase callable's `request.data` as a
 * mapping; Azure Functions v4 handlers and the headers of a returned `HttpResponseInit`; SQL carried by AWS SDK data API
 * commands; a branch that answers and returns does not type the response after it; a file's contents are not its path;
 * and a gap between two hunks that holds an `if (…) {` inside a handler opened at column 0.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const AGENDA = "const Agenda = require('agenda')\nconst agenda = new Agenda({ db: { address: process.env.MONGO_URL } })\n"
const KAFKA = "const { Kafka } = require('kafkajs')\nconst consumer = new Kafka({ brokers: ['k:9092'] }).consumer({ groupId: 'g' })\n"
const NATS = "import { connect, JSONCodec, type Msg } from 'nats'\nimport { readFile } from 'node:fs/promises'\nconst jc = JSONCodec()\n"

testRule(registered('js/path-traversal'), {
  valid: [
    // Another library's `define` (a DI container, a custom element) hands its callback nothing queued.
    { path: 'worker/jobs.js', code: "container.define('reports', async (job) => {\n  await fs.promises.writeFile(path.join(OUT, `${job.attrs.data.id}.tex`), 'x')\n})" },
    { path: 'worker/jobs.js', code: AGENDA + "agenda.define('render', async (job) => {\n  const id = Number(job.attrs.data.reportId)\n  await fs.promises.writeFile(path.join(OUT, `${id}.tex`), 'x')\n})" },
    // `eachMessage` outside kafkajs is some other object's key.
    { path: 'services/audit.js', code: "runner.run({ eachMessage: async ({ message }) => {\n  await fs.promises.appendFile(path.join(LOG_DIR, message.key), 'x')\n} })" },
    // kafkajs's topic and partition are the broker's.
    { path: 'services/audit.js', code: KAFKA + "consumer.run({ eachMessage: async ({ topic, partition }) => {\n  await fs.promises.appendFile(path.join(LOG_DIR, `${topic}-${partition}.log`), 'x')\n} })" },
    // A `Msg` type of the file's own, without the NATS client.
    { path: 'src/bus.ts', code: "interface Msg { data: string }\nexport async function onMsg(msg: Msg) {\n  await readFile(path.join(DIR, msg.data), 'utf8')\n}" },
    { path: 'src/bus.ts', code: NATS + "export async function onMsg(msg: Msg) {\n  const { locale } = jc.decode(msg.data) as { locale: string }\n  const name = LOCALES.has(locale) ? locale : 'en'\n  await readFile(path.join(DIR, `${name}.hbs`), 'utf8')\n}" },
  ],
  invalid: [
    { path: 'worker/jobs.js', code: AGENDA + "agenda.define('render', { concurrency: 2 }, async (job) => {\n  const { reportId } = job.attrs.data\n  await fs.promises.writeFile(path.join(OUT, `${reportId}.tex`), 'x')\n})", findings: [{ line: 5, message: /the queued `job\.attrs\.data`/ }] },
    { path: 'services/audit.js', code: KAFKA + "consumer.run({ eachMessage: async ({ message }) => {\n  const evt = JSON.parse(message.value.toString())\n  await fs.promises.appendFile(path.join(LOG_DIR, evt.user), 'x')\n} })", findings: [{ line: 5, message: /the consumed `message`/ }] },
    { path: 'services/audit.js', code: KAFKA + "consumer.run({ eachBatch: async ({ batch }) => {\n  for (const message of batch.messages) await fs.promises.unlink(path.join(DIR, message.value.toString()))\n} })", findings: [{ line: 4 }] },
    { path: 'src/bus.ts', code: NATS + "export async function onMsg(msg: Msg) {\n  const req = jc.decode(msg.data) as { locale: string }\n  await readFile(path.join(DIR, `${req.locale}.hbs`), 'utf8')\n}", findings: [{ line: 6, message: /the NATS `msg\.data`/ }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { path: 'worker/jobs.js', code: AGENDA + "agenda.define('deliver', async (job) => {\n  const report = await Report.findById(String(job.attrs.data.reportId))\n  await axios.post(report.account.verifiedWebhookUrl, report.pdf)\n})" },
  ],
  invalid: [
    { path: 'worker/jobs.js', code: AGENDA + "agenda.define('deliver', async (job) => {\n  const { webhook } = job.attrs.data\n  await axios.post(webhook, pdf)\n})", findings: [{ line: 5 }] },
  ],
})

// A modified Cloud Function: the file's first line (above the first hunk) and the `if (!WIDTHS.has(width)) {` between the
// hunks are not shown, and the second hunk's `}` closes that `if`, not the handler nor anything above the first hunk.
const GAP = (added: string[]): string => [
  'diff --git a/src/thumbs.js b/src/thumbs.js',
  '--- a/src/thumbs.js',
  '+++ b/src/thumbs.js',
  '@@ -2,4 +2,5 @@',
  " const functions = require('@google-cloud/functions-framework')",
  " const sharp = require('sharp')",
  "+const CDN = 'https://cdn.example.net/'",
  ' ',
  " functions.http('thumbnail', async (req, res) => {",
  '   const width = Number.parseInt(req.query.w, 10)',
  `@@ -8,5 +9,${5 + added.length} @@ functions.http('thumbnail', async (req, res) => {`,
  "     res.status(400).send('unsupported width')",
  '     return',
  '   }',
  ...added.map((l) => `+${l}`),
  "   res.send('ok')",
  ' })',
  '',
].join('\n')

testRule(registered('js/ssrf'), {
  valid: [
    { path: 'src/thumbs.js', code: '', diff: GAP(['  if (req.query.src) {', '    const upstream = await fetch(new URL(`/img/${encodeURIComponent(String(req.query.src))}`, CDN))', '    return res.send(await upstream.text())', '  }']) },
  ],
  invalid: [
    { path: 'src/thumbs.js', code: '', diff: GAP(['  if (req.query.src) {', '    const upstream = await fetch(req.query.src)', '    return res.send(await upstream.text())', '  }']), findings: [{ line: 13 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    // A type set unconditionally before the send still holds.
    { path: 'functions/thumbs.js', code: "functions.http('thumb', async (req, res) => {\n  res.type('text/plain')\n  if (req.query.a) {\n    return res.send('x')\n  }\n  res.status(404).send(`no image for ${req.query.sku}`)\n})" },
    { path: 'functions/preview.js', code: "exports.preview = async (event) => {\n  const params = new URLSearchParams(event.rawQueryString || '')\n  const title = escapeHtml(params.get('title') || 'Export')\n  return { statusCode: 200, headers: { 'content-type': 'text/html' }, body: `<h1>${title}</h1>` }\n}" },
  ],
  invalid: [
    // The image branch answers and returns: the 404 after it goes out as Express's default `text/html`.
    { path: 'functions/thumbs.js', code: "functions.http('thumb', async (req, res) => {\n  if (req.query.src) {\n    res.type('image/webp').send(img)\n    return\n  }\n  res.status(404).send(`no image for ${req.query.sku}`)\n})", findings: [{ line: 6 }] },
    { path: 'functions/preview.js', code: "exports.preview = async (event) => {\n  const params = new URLSearchParams(event.rawQueryString || '')\n  const title = params.get('title') || 'Export'\n  return { statusCode: 200, headers: { 'content-type': 'text/html' }, body: `<h1>${title}</h1>` }\n}", findings: [{ line: 4, message: /event\.rawQueryString/ }] },
  ],
})

testRule(registered('js/template-injection'), {
  valid: [
    // The file's contents are the server's: a path from the message is the path traversal, reported at the read.
    { path: 'src/bus.ts', code: NATS + "export async function onMsg(msg: Msg) {\n  const req = jc.decode(msg.data) as { locale: string }\n  const source = await readFile(path.join(DIR, `${req.locale}.hbs`), 'utf8')\n  return Handlebars.compile(source)({})\n}" },
  ],
  invalid: [
    { path: 'src/bus.ts', code: NATS + "export async function onMsg(msg: Msg) {\n  const req = jc.decode(msg.data) as { footer: string }\n  return Handlebars.compile(req.footer)({})\n}", findings: [{ line: 6 }] },
  ],
})

const RDS = "import { RDSDataClient, ExecuteStatementCommand } from '@aws-sdk/client-rds-data'\nconst rds = new RDSDataClient({})\n"
const ATHENA = "import { AthenaClient, StartQueryExecutionCommand } from '@aws-sdk/client-athena'\nconst athena = new AthenaClient({})\n"

testRule(registered('js/sql-injection'), {
  valid: [
    { path: 'src/handlers/items.ts', code: RDS + "export const handler = async (event) => {\n  const id = event.pathParameters?.id ?? ''\n  return rds.send(new ExecuteStatementCommand({ ...CLUSTER, sql: 'SELECT * FROM items WHERE order_id = :id', parameters: [{ name: 'id', value: { stringValue: id } }] }))\n}" },
    // Another SDK's command of the same shape that carries no statement.
    { path: 'src/handlers/items.ts', code: "import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn'\nexport const handler = async (event) => {\n  return sfn.send(new StartExecutionCommand({ stateMachineArn: ARN, input: JSON.stringify({ sql: `x ${event.pathParameters.id}` }) }))\n}" },
  ],
  invalid: [
    { path: 'src/handlers/items.ts', code: RDS + "export const handler = async (event) => {\n  const id = event.pathParameters?.id ?? ''\n  return rds.send(new ExecuteStatementCommand({ ...CLUSTER, sql: `SELECT * FROM items WHERE order_id = '${id}'` }))\n}", findings: [{ line: 5, message: /rds-data/ }] },
    { path: 'src/handlers/report.ts', code: ATHENA + "export const handler = async (event) => {\n  const day = event.queryStringParameters?.day\n  return athena.send(new StartQueryExecutionCommand({ QueryString: `SELECT * FROM clicks WHERE day = '${day}'`, WorkGroup: 'primary' }))\n}", findings: [{ line: 5 }] },
  ],
})

const CALLABLE = "import { onCall } from 'firebase-functions/v2/https'\n"

testRule(registered('js/mass-assignment'), {
  valid: [
    { path: 'functions/src/profile.ts', code: CALLABLE + "export const updateProfile = onCall(async (request) => {\n  const { displayName } = request.data as { displayName?: unknown }\n  await db.collection('profiles').doc(request.auth!.uid).set({ displayName: String(displayName ?? '') }, { merge: true })\n})" },
    // Outside a callable, `request.data` is some other object (an HTTP client's response).
    { path: 'src/sync.ts', code: "export async function sync(request: AxiosResponse) {\n  await db.collection('profiles').doc(ID).set(request.data, { merge: true })\n}" },
  ],
  invalid: [
    { path: 'functions/src/profile.ts', code: CALLABLE + "export const updateProfile = onCall(async (request) => {\n  await db.collection('profiles').doc(request.auth!.uid).set(request.data, { merge: true })\n})", findings: [{ line: 3 }] },
  ],
})

const AZURE = "import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions'\n"

testRule(registered('js/header-injection'), {
  valid: [
    { path: 'src/functions/files.ts', code: AZURE + "const TYPES: Record<string, string> = { pdf: 'application/pdf', png: 'image/png' }\nexport async function getFile(request: HttpRequest): Promise<HttpResponseInit> {\n  return { status: 200, body: data, headers: { 'content-type': TYPES[request.query.get('ext') ?? ''] ?? 'application/octet-stream' } }\n}" },
    // A helper that is not a handler builds an object of the same shape for something else.
    { path: 'src/functions/files.ts', code: AZURE + "function cached(type: string) {\n  return { status: 200, body: data, headers: { 'content-type': type } }\n}" },
  ],
  invalid: [
    { path: 'src/functions/files.ts', code: AZURE + "export async function getFile(request: HttpRequest): Promise<HttpResponseInit> {\n  const type = request.query.get('type') ?? 'application/octet-stream'\n  return { status: 200, body: data, headers: { 'content-type': type } }\n}", findings: [{ line: 4, message: /content-type/ }] },
    { path: 'functions/files.js', code: "exports.handler = async (event) => {\n  return { statusCode: 200, body: data, headers: { 'Content-Type': event.queryStringParameters.type } }\n}", findings: [{ line: 2 }] },
  ],
})

// A consumer that hands each event to the function a dispatch table names for its type.
const DISPATCH = (body: string): string => KAFKA + `async function recordReview(evt) {\n${body}\n}\nconst handlers = { 'review.submitted': recordReview }\nconsumer.run({ eachMessage: async ({ message }) => {\n  const evt = JSON.parse(message.value.toString())\n  const handle = handlers[evt.type]\n  if (handle) await handle(evt)\n} })`

testRule(registered('js/nosql-injection'), {
  valid: [
    { path: 'services/audit.js', code: DISPATCH('  return reviews.findOne({ author: String(evt.author) })') },
    // A table of something else than this file's functions.
    { path: 'services/audit.js', code: KAFKA + "const handlers = { review: lib.recordReview }\nasync function recordReview(evt) {\n  return reviews.findOne({ author: evt.author })\n}\nconsumer.run({ eachMessage: async ({ message }) => {\n  await handlers[message.key.toString()](JSON.parse(message.value.toString()))\n} })" },
  ],
  invalid: [
    { path: 'services/audit.js', code: DISPATCH('  return reviews.findOne({ author: evt.author })'), findings: [{ line: 4 }] },
    { path: 'services/audit.js', code: KAFKA + "consumer.run({ eachMessage: async ({ message }) => {\n  const evt = JSON.parse(message.value.toString())\n  await reviews.deleteMany({ author: evt.author })\n} })", findings: [{ line: 5 }] },
  ],
})
