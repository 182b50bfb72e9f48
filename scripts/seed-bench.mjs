// `npm run bench:seed -- --state DIR [--changesets 10000] [--findings 200000]`
// Fills a local dev database for read benchmarks. A few template changesets of different sizes go
// through the real API and are reviewed by the real engine under `npm run dev:bench` (state kept
// in DIR); then, with the server stopped, their rows are cloned straight into the D1 SQLite file
// (node:sqlite, one transaction) until it holds the requested changesets and findings, all in the
// development key's tenant (the worst case for that tenant's listings). Clones vary author,
// creation time, verdict and finding status so every filter has something to select; ids, file
// ids and fingerprints stay unique. Serve the result with
//   DEV_BENCH_STATE=DIR npm run dev:bench
// Flags: --port P (8799, only while templates are reviewed), --analyze (run ANALYZE afterwards;
// off by default, so query plans are the ones a database without statistics gets).
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { makeSubmission } from '../bench/lib/payload.mjs'

const opts = { state: '', changesets: 10_000, findings: 200_000, port: '8799', analyze: false }
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  const name = argv[i].replace(/^--/, '')
  if (name === 'analyze') opts.analyze = true
  else if (name in opts) opts[name] = typeof opts[name] === 'number' ? Number(argv[++i]) : argv[++i]
  else throw new Error(`unknown option ${argv[i]}`)
}
if (!opts.state) throw new Error('--state DIR is required (the directory `DEV_BENCH_STATE` will serve)')
if (existsSync(join(opts.state, 'v3'))) throw new Error(`${opts.state} already holds local state; give an empty or new directory`)

const base = `http://127.0.0.1:${opts.port}`
const key = readFileSync('.dev.vars', 'utf8').match(/^\s*DEV_API_KEY\s*=\s*"?([^"\s]+)"?/m)?.[1]
if (!key) throw new Error('.dev.vars has no DEV_API_KEY: run `npm run dev` once first')
const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

// Sizes a team actually sends: mostly small and medium, a few large ones.
const TEMPLATES = [
  ['small', 0], ['small', 1], ['small', 2], ['medium', 3], ['medium', 4], ['medium', 5], ['large', 6],
]

async function reviewTemplates() {
  const server = spawn(process.execPath, ['scripts/dev-bench.mjs'], { env: { ...process.env, PORT: opts.port, DEV_BENCH_STATE: opts.state }, stdio: 'ignore', detached: true })
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/health`)).ok) break
      } catch {
        // not listening yet
      }
      if (i > 600) throw new Error('dev:bench did not start')
      await sleep(200)
    }
    const ids = []
    for (const [kind, n] of TEMPLATES) {
      const res = await fetch(`${base}/api/changesets`, { method: 'POST', headers, body: JSON.stringify(makeSubmission(kind, n)) })
      if (res.status !== 202) throw new Error(`template ${kind} #${n}: HTTP ${res.status} ${await res.text()}`)
      ids.push((await res.json()).changeset_id)
    }
    for (const id of ids) {
      for (;;) {
        const { status } = await (await fetch(`${base}/api/changesets/${id}`, { headers })).json()
        if (status === 'reviewed') break
        if (status === 'failed') throw new Error(`template ${id} failed its review`)
        await sleep(200)
      }
    }
    return ids
  } finally {
    process.kill(-server.pid, 'SIGTERM')
    await sleep(2000)
  }
}

function openD1() {
  const dir = join(opts.state, 'v3', 'd1', 'miniflare-D1DatabaseObject')
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite')
  return new DatabaseSync(join(dir, file))
}

const started = Date.now()
const templates = await reviewTemplates()
const reviewedAt = Date.now()
const db = openD1()
const columns = (table) => db.prepare(`PRAGMA table_info(${table})`).all().map((c) => c.name)
const list = templates.map((t) => `'${t}'`).join(',')
const clones = Math.ceil((opts.changesets - templates.length) / templates.length)
const findingsPer = Math.max(1, Math.round((opts.findings - db.prepare(`SELECT count(*) AS n FROM findings`).get().n) / (clones * templates.length)))

/** `INSERT … SELECT` copying `table`'s template rows once per clone `n.i`, with overrides per column. */
function cloneRows(table, overrides, from = table, where = `${from}.changeset_id IN (${list})`) {
  const cols = columns(table).filter((c) => overrides[c] !== null)
  const exprs = cols.map((c) => overrides[c] ?? `${from}.${c}`)
  return `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${exprs.join(', ')} FROM ${from}, n WHERE ${where}`
}
const suffixed = (c) => `${c} || '-' || n.i`

db.exec('BEGIN')
db.exec(`CREATE TEMP TABLE n AS WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${clones}) SELECT i FROM s`)
// Template findings numbered per changeset, repeated (k copies) until each clone holds `findingsPer`.
db.exec(`CREATE TEMP TABLE tf AS SELECT f.*, row_number() OVER (PARTITION BY changeset_id ORDER BY rowid) AS rn,
  count(*) OVER (PARTITION BY changeset_id) AS cnt FROM findings f WHERE changeset_id IN (${list})`)
db.exec(`CREATE TEMP TABLE k AS WITH RECURSIVE s(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM s WHERE j < ${findingsPer - 1}) SELECT j FROM s`)
db.exec(cloneRows('changesets', {
  id: suffixed('changesets.id'),
  author: `'dev' || (n.i % 25)`,
  // Spread over about a month, newest first, so date filters and deep cursors have a range.
  created_at: `strftime('%Y-%m-%dT%H:%M:%fZ', changesets.created_at, '-' || (n.i * 4) || ' minutes')`,
  verdict: `CASE n.i % 3 WHEN 0 THEN 'changes_requested' WHEN 1 THEN 'approved_with_comments' ELSE changesets.verdict END`,
}, 'changesets', `changesets.id IN (${list})`))
db.exec(cloneRows('revisions', { changeset_id: suffixed('revisions.changeset_id') }))
db.exec(cloneRows('changeset_files', { id: suffixed('changeset_files.id'), changeset_id: suffixed('changeset_files.changeset_id') }))
db.exec(cloneRows('review_commits', { changeset_id: suffixed('review_commits.changeset_id') }))
db.exec(cloneRows('changeset_events', { id: null, changeset_id: suffixed('changeset_events.changeset_id') }))
const findingCols = columns('findings')
db.exec(`INSERT INTO findings (${findingCols.join(', ')}) SELECT ${findingCols
  .map((c) => {
    if (c === 'id') return `tf.id || '-' || n.i || '-' || k.j`
    if (c === 'changeset_id') return `tf.changeset_id || '-' || n.i`
    if (c === 'fingerprint') return `tf.fingerprint || '-' || k.j`
    if (c === 'line') return `tf.line + k.j * 1000`
    // About one finding in eight triaged, as a team that reads its reviews would leave them.
    if (c === 'status') return `CASE (n.i + tf.rn) % 8 WHEN 0 THEN 'dismissed' WHEN 1 THEN 'resolved' ELSE tf.status END`
    return `tf.${c}`
  })
  .join(', ')} FROM tf, n, k WHERE k.j * tf.cnt + tf.rn <= ${findingsPer}`)
db.exec('COMMIT')
if (opts.analyze) db.exec('ANALYZE')
const counts = db
  .prepare(`SELECT (SELECT count(*) FROM changesets) AS changesets, (SELECT count(*) FROM findings) AS findings,
    (SELECT count(*) FROM changeset_files) AS files, (SELECT count(*) FROM changeset_events) AS events`)
  .get()
db.close()
console.log(
  `seeded ${opts.state}: ${counts.changesets} changesets, ${counts.findings} findings, ${counts.files} files, ${counts.events} history events ` +
    `(templates reviewed in ${((reviewedAt - started) / 1000).toFixed(1)} s, cloned in ${((Date.now() - reviewedAt) / 1000).toFixed(1)} s)`,
)
console.log(`serve it: DEV_BENCH_STATE=${opts.state} npm run dev:bench`)
