// `node_modules/.bin/node bench/routes.mjs [CHANGESETS=10000] [FINDINGS_PER=20] [CONC=32] [SECONDS=5]`
// p50/p99 of every read route on a big database. Submits a few real changesets through the API
// and lets them be reviewed, then clones their rows straight into the local D1 file (node:sqlite)
// until it holds CHANGESETS changesets with about FINDINGS_PER findings each, all in one tenant
// (the worst case for its listings), restarts `npm run dev:bench` on that state and drives each
// route with CONC closed-loop clients for SECONDS.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { percentile } from './lib/dev-server.mjs'

const [CHANGESETS = 10_000, FINDINGS_PER = 20, CONC = 32, SECONDS = 5] = process.argv.slice(2).map(Number)
const TEMPLATES = 5
const PORT = process.env.PORT ?? '8799'
const base = `http://127.0.0.1:${PORT}`
const key = readFileSync('.dev.vars', 'utf8').match(/^\s*DEV_API_KEY\s*=\s*"?([^"\s]+)"?/m)[1]
const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
const state = mkdtempSync(join(tmpdir(), 'cra-routes-'))
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function startServer() {
  const child = spawn('npm', ['run', 'dev:bench'], { env: { ...process.env, PORT, DEV_BENCH_STATE: state }, stdio: 'ignore', detached: true })
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return child
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error('dev:bench did not start')
}
async function stopServer(child) {
  process.kill(-child.pid, 'SIGTERM')
  await sleep(2000)
}

const TEMPLATE_DIFF = Array.from({ length: 60 }, (_, i) =>
  i % 3 === 0 ? `+password_${i} = "hunter2-${i}"` : i % 3 === 1 ? `+data_${i} = pickle.loads(blob_${i})` : `+print(eval(user_input_${i}))`,
).join('\n')
let server = await startServer()
const templates = []
for (let t = 0; t < TEMPLATES; t++) {
  const files = Array.from({ length: 4 }, (_, f) => ({ file_path: `pkg/t${t}/m${f}.py`, diff_content: `@@ -0,0 +1,60 @@\n${TEMPLATE_DIFF}\n` }))
  const res = await fetch(`${base}/api/changesets`, { method: 'POST', headers, body: JSON.stringify({ title: `template ${t}`, author: `dev${t}`, files }) })
  templates.push((await res.json()).changeset_id)
}
for (const id of templates) {
  while ((await (await fetch(`${base}/api/changesets/${id}`, { headers })).json()).status !== 'reviewed') await sleep(200)
}
await stopServer(server)

// Clone: every row of each template, ids suffixed, findings repeated until FINDINGS_PER.
const dir = join(state, 'v3', 'd1', 'miniflare-D1DatabaseObject')
const db = new DatabaseSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite')))
const columns = (table) => db.prepare(`PRAGMA table_info(${table})`).all().map((c) => c.name)
const perTemplate = db.prepare(`SELECT count(*) AS n FROM findings WHERE changeset_id = ?`).get(templates[0]).n
const copies = Math.max(1, Math.round(FINDINGS_PER / Math.max(1, Math.min(perTemplate, FINDINGS_PER))))
const clones = Math.ceil((CHANGESETS - TEMPLATES) / TEMPLATES)
function cloneSql(table, { idColumns, extra = {}, skip = [], fanout = 1, filter = '' }) {
  const cols = columns(table).filter((c) => !skip.includes(c))
  const exprs = cols.map((c) => extra[c] ?? (idColumns.includes(c) ? `${c} || '-' || n.i` : c))
  const fan = `, (WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < ${fanout - 1}) SELECT j FROM k) AS k`
  return `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${exprs.join(', ')} FROM ${table}, n${fan} WHERE ${table}.changeset_id IN (${templates.map((t) => `'${t}'`).join(',')})${filter}`
}
const started = Date.now()
db.exec('BEGIN')
db.exec(`CREATE TEMP TABLE n AS WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${clones}) SELECT i FROM s`)
const seed = [
  `INSERT INTO changesets (${columns('changesets').join(', ')}) SELECT ${columns('changesets').map((c) => (c === 'id' ? `id || '-' || n.i` : c === 'created_at' ? `strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '-' || n.i || ' minutes')` : c)).join(', ')} FROM changesets, n WHERE id IN (${templates.map((t) => `'${t}'`).join(',')})`,
  cloneSql('revisions', { idColumns: ['changeset_id'] }),
  cloneSql('changeset_files', { idColumns: ['id', 'changeset_id'] }),
  cloneSql('review_commits', { idColumns: ['changeset_id'] }),
  cloneSql('changeset_events', { idColumns: ['changeset_id'], skip: ['id'] }),
  cloneSql('findings', { idColumns: ['changeset_id'], fanout: copies, extra: { id: `id || '-' || n.i || '-' || k.j`, fingerprint: `fingerprint || '-' || k.j` }, filter: ` AND findings.rowid IN (SELECT f.rowid FROM findings f WHERE f.changeset_id = findings.changeset_id ORDER BY f.rowid LIMIT ${FINDINGS_PER})` }),
]
for (const statement of seed) db.exec(statement)
db.exec('COMMIT')
db.exec('ANALYZE')
const counts = db.prepare(`SELECT (SELECT count(*) FROM changesets) AS changesets, (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM changeset_files) AS files`).get()
db.close()
console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.changesets} changesets, ${counts.findings} findings, ${counts.files} files (one tenant)`)

server = await startServer()
const sample = (xs) => xs[Math.floor(Math.random() * xs.length)]
const ids = templates.flatMap((t) => Array.from({ length: 50 }, (_, i) => `${t}-${1 + Math.floor((i * clones) / 50)}`))
const fileIds = new Map()
for (const id of ids.slice(0, 20)) fileIds.set(id, (await (await fetch(`${base}/api/changesets/${id}/files`, { headers })).json()).data?.[0]?.id)
const withFile = [...fileIds.entries()].filter(([, f]) => f)
const routes = {
  'GET /api/changesets': () => '/api/changesets',
  'GET /api/changesets?status=reviewed&author=dev3': () => '/api/changesets?status=reviewed&author=dev3',
  'GET /api/changesets/{id}': () => `/api/changesets/${sample(ids)}`,
  'GET /api/changesets/{id}/files': () => `/api/changesets/${sample(ids)}/files`,
  'GET /api/changesets/{id}/files/{file_id}': () => { const [id, f] = sample(withFile); return `/api/changesets/${id}/files/${f}` },
  'GET /api/changesets/{id}/findings': () => `/api/changesets/${sample(ids)}/findings`,
  'GET /api/changesets/{id}/findings?severity=major': () => `/api/changesets/${sample(ids)}/findings?severity=major`,
  'GET /api/changesets/{id}/history': () => `/api/changesets/${sample(ids)}/history`,
  'GET /api/changesets/{id}/revisions': () => `/api/changesets/${sample(ids)}/revisions`,
  'GET /api/changesets/{id}/report': () => `/api/changesets/${sample(ids)}/report`,
  'GET /api/rules': () => '/api/rules',
  'GET /api/keys': () => '/api/keys',
  'GET /health': () => '/health',
}
console.log(`route                                              reqs  errors  p50_ms  p99_ms   (${CONC} clients, ${SECONDS} s each)`)
for (const [name, path] of Object.entries(routes)) {
  const latencies = []
  let errors = 0
  const until = Date.now() + SECONDS * 1000
  await Promise.all(Array.from({ length: CONC }, async () => {
    while (Date.now() < until) {
      const t0 = performance.now()
      const res = await fetch(base + path(), { headers })
      await res.arrayBuffer()
      if (res.status !== 200) errors++
      latencies.push(performance.now() - t0)
    }
  }))
  latencies.sort((a, b) => a - b)
  console.log(`${name.padEnd(50)} ${String(latencies.length).padStart(5)} ${String(errors).padStart(7)} ${percentile(latencies, 50).toFixed(1).padStart(7)} ${percentile(latencies, 99).toFixed(1).padStart(7)}`)
}
await stopServer(server)
rmSync(state, { recursive: true, force: true })
