// The GitHub App end to end against `npm run dev`: a local fake GitHub (node:http) records every
// call; signed webhooks go to the dev server, which talks to the fake through GITHUB_API_URL.
// Checks one completed check run with annotations and one review whose inline comments sit on
// added lines, then that a second push comments only what is new.
// Usage: node test/github/dev-check.mjs [--port 8899] [--github-port 8898]
/* global process, console, Buffer, URL, fetch, setTimeout */
import { spawn } from 'node:child_process'
import { generateKeyPairSync, createVerify, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { sign } from '@octokit/webhooks-methods'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : process.argv[i + 1]
}
const PORT = Number(arg('--port', 8899))
const GITHUB_PORT = Number(arg('--github-port', 8898))
const SECRET = randomUUID()
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()

const PATCH_1 = '@@ -1,2 +1,6 @@\n import sqlite3\n+\n+\n+def find(cur, name):\n+    cur.execute(f"SELECT * FROM users WHERE name = \'{name}\'")\n+    return cur.fetchall()\n'
const PATCH_2 = PATCH_1.replace('@@ -1,2 +1,6 @@', '@@ -1,2 +1,9 @@') + '+\n+def backup(path):\n+    os.system("tar czf backup.tgz " + path)\n'
const pull = { headSha: 'a'.repeat(40), patch: PATCH_1 }
const calls = []
const checkRuns = new Map()
const reviews = []
// Ids unlike any earlier run's, so a job left over in the local state cannot touch this run's objects.
let nextId = Date.now() % 1e9

function addedLines(patch) {
  const lines = new Set()
  let line = 0
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text)
    if (hunk) line = Number(hunk[1])
    else if (text.startsWith('+')) lines.add(line++)
    else if (text.startsWith(' ')) line++
  }
  return lines
}

function verifyJwt(header) {
  const [h, p, s] = (header ?? '').replace(/^Bearer /, '').split('.')
  if (!s) return false
  const ok = createVerify('RSA-SHA256').update(`${h}.${p}`).verify(publicKey, Buffer.from(s, 'base64url'))
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
  const now = Date.now() / 1000
  return ok && claims.iss === '4242' && claims.iat < now && claims.exp <= now + 600
}

process.on('uncaughtException', (err) => {
  console.error(err)
  stop()
  process.exit(1)
})

const github = createServer(async (req, res) => {
  let body = ''
  for await (const chunk of req) body += chunk
  const url = new URL(req.url, 'http://x')
  const path = url.pathname.replace(/^\/api\/v3/, '')
  calls.push({ method: req.method, path })
  const send = (status, value, type = 'application/json') => {
    res.writeHead(status, { 'content-type': type })
    res.end(type === 'application/json' ? JSON.stringify(value) : value)
  }
  let m
  if (req.method === 'POST' && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
    return verifyJwt(req.headers.authorization) ? send(201, { token: 'ghs_dev', expires_at: new Date(Date.now() + 3600e3).toISOString() }) : send(401, { message: 'bad jwt' })
  }
  if (req.headers.authorization !== 'token ghs_dev') return send(401, { message: 'Bad credentials' })
  if (req.method === 'GET' && /\/contents\//.test(path)) return send(404, { message: 'Not Found' })
  if (req.method === 'GET' && /\/pulls\/\d+\/files$/.test(path)) {
    return send(200, url.searchParams.get('page') === '1' ? [{ filename: 'app/db.py', status: 'modified', changes: 5, patch: pull.patch }] : [])
  }
  if (req.method === 'POST' && /\/check-runs$/.test(path)) {
    const id = nextId++
    checkRuns.set(id, { create: JSON.parse(body), updates: [] })
    return send(201, { id })
  }
  if (req.method === 'PATCH' && (m = /\/check-runs\/(\d+)$/.exec(path))) {
    const run = checkRuns.get(Number(m[1]))
    if (!run) return send(404, { message: 'Not Found' })
    run.updates.push(JSON.parse(body))
    return send(200, {})
  }
  if (req.method === 'POST' && /\/pulls\/\d+\/reviews$/.test(path)) {
    const review = JSON.parse(body)
    const added = addedLines(pull.patch)
    if (review.comments.some((c) => !added.has(c.line))) return send(422, { message: 'line must be part of the diff' })
    reviews.push({ id: nextId++, ...review })
    return send(200, { id: reviews.at(-1).id })
  }
  if (req.method === 'GET' && (m = /\/reviews\/(\d+)\/comments$/.exec(path))) {
    const review = reviews.find((r) => r.id === Number(m[1]))
    return send(200, (review?.comments ?? []).map((c, i) => ({ id: Number(m[1]) * 100 + i, body: c.body })))
  }
  send(404, { message: `no route ${req.method} ${path}` })
})
await new Promise((resolve) => github.listen(GITHUB_PORT, '127.0.0.1', resolve))

const dev = spawn('npm', ['run', 'dev', '--', '--port', String(PORT),
  '--var', 'GITHUB_APP_ID:4242',
  '--var', `GITHUB_APP_PRIVATE_KEY:${pem.trim().replaceAll('\n', '\\n')}`,
  '--var', `GITHUB_WEBHOOK_SECRET:${SECRET}`,
  '--var', `GITHUB_API_URL:http://127.0.0.1:${GITHUB_PORT}/api/v3`,
  '--var', `PUBLIC_BASE_URL:http://localhost:${PORT}`,
], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
let devLog = ''
dev.stdout.on('data', (d) => (devLog += d))
dev.stderr.on('data', (d) => (devLog += d))
function stop() {
  try {
    process.kill(-dev.pid, 'SIGTERM')
  } catch {
    // already gone
  }
  github.close()
}

async function waitFor(check, what, ms = 60_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    const value = await check().catch?.(() => null) ?? (await check())
    if (value) return value
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`timed out waiting for ${what}\ngithub calls: ${JSON.stringify(calls)}\n${devLog.slice(-6000)}`)
}

const base = `http://localhost:${PORT}`
async function webhook(event, payload) {
  const body = JSON.stringify(payload)
  const res = await fetch(`${base}/webhooks/github`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-github-event': event, 'x-github-delivery': randomUUID(), 'x-hub-signature-256': await sign(SECRET, body) },
    body,
  })
  if (res.status !== 202) throw new Error(`${event}: ${res.status} ${await res.text()}`)
}

const installationId = 90_000_000 + Math.floor(Math.random() * 1e6)
const repository = { id: installationId + 1, name: 'app', full_name: 'dev-org/app', owner: { login: 'dev-org' } }
const prPayload = (action) => ({
  action, number: 3, installation: { id: installationId }, repository,
  pull_request: { number: 3, draft: false, title: 'Add user search', user: { login: 'ada' }, head: { sha: pull.headSha } },
})
const completed = (sha) => [...checkRuns.values()].find((r) => r.create.head_sha === sha && r.updates.some((u) => u.status === 'completed'))

try {
  await waitFor(async () => (await fetch(`${base}/health`).catch(() => null))?.ok, 'npm run dev')
  await webhook('installation', { action: 'created', installation: { id: installationId, account: { login: 'dev-org', type: 'Organization' } } })
  await new Promise((r) => setTimeout(r, 1500))
  await webhook('pull_request', prPayload('opened'))
  const first = await waitFor(async () => completed(pull.headSha) && reviews.length === 1 && completed(pull.headSha), 'first check run and review')
  const added1 = addedLines(PATCH_1)
  const out = {
    check_runs: checkRuns.size,
    conclusion: first.updates[0].conclusion,
    annotations: first.updates[0].output.annotations.length,
    reviews: reviews.length,
    comments: reviews[0].comments.map((c) => `${c.path}:${c.line}`),
    comments_on_added_lines: reviews[0].comments.every((c) => added1.has(c.line)),
  }

  pull.headSha = 'b'.repeat(40)
  pull.patch = PATCH_2
  await webhook('pull_request', prPayload('synchronize'))
  await waitFor(async () => completed(pull.headSha) && reviews.length === 2, 'second check run and review')
  const firstBodies = new Set(reviews[0].comments.map((c) => c.body))
  out.second_push = {
    check_runs: checkRuns.size,
    comments: reviews[1].comments.map((c) => `${c.path}:${c.line}`),
    only_new: reviews[1].comments.every((c) => !firstBodies.has(c.body)),
  }
  out.github_calls = calls.length
  console.log(JSON.stringify(out, null, 2))
  const ok = out.check_runs === 1 && out.annotations > 0 && out.reviews === 1 && out.comments.length > 0 && out.comments_on_added_lines &&
    out.second_push.check_runs === 2 && out.second_push.comments.length > 0 && out.second_push.only_new
  console.log(ok ? 'dev-check: OK' : 'dev-check: FAILED')
  process.exitCode = ok ? 0 : 1
} catch (err) {
  console.error(String(err))
  process.exitCode = 1
} finally {
  stop()
}
