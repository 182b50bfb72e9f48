// `npm run bench:load`: concurrent submissions against `wrangler dev` on loopback. Reports
// requests/s, latency percentiles and errors per concurrency level, then submit→reviewed
// latency, and verifies that every accepted changeset was reviewed exactly once.
import { percentile, startDevServer } from './lib/dev-server.mjs'

const LEVELS = (process.env.LEVELS ?? '10,50,100').split(',').map(Number)
const PER_LEVEL = Number(process.env.PER_LEVEL ?? 200)
const KEYS = 40 // the per-key write limit is 120/min; a fleet of CI jobs uses many keys

const DIFF = `diff --git a/app/db.py b/app/db.py
--- a/app/db.py
+++ b/app/db.py
@@ -1,3 +1,8 @@
 import sqlite3
+import yaml
 
 def find(cur, name):
-    return cur.execute("SELECT 1")
+    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
+    return cur.fetchone()
+
+def load(path):
+    return yaml.load(open(path))
`

console.log('$ npm run bench:load   # LEVELS=10,50,100 PER_LEVEL=200')
const server = await startDevServer({ keys: KEYS })
let keyIndex = 0
const nextKey = () => server.keys[keyIndex++ % server.keys.length]

async function submitOne(i) {
  const started = performance.now()
  try {
    const res = await fetch(`${server.base}/api/changesets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${nextKey()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `load ${i}`, author: 'bench', diff: DIFF }),
    })
    const body = await res.json()
    return { ms: performance.now() - started, status: res.status, id: body.changeset_id }
  } catch (err) {
    return { ms: performance.now() - started, status: 0, error: String(err) }
  }
}

async function runLevel(concurrency, total) {
  const results = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) results.push(await submitOne(next++))
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const ms = results.map((r) => r.ms).sort((a, b) => a - b)
  return {
    concurrency,
    requests: results.length,
    rps: results.length / seconds,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    errors: results.filter((r) => r.status !== 202).length,
    ids: results.filter((r) => r.status === 202).map((r) => r.id),
  }
}

try {
  const rows = []
  for (const level of LEVELS) rows.push(await runLevel(level, PER_LEVEL))
  const ids = rows.flatMap((r) => r.ids)

  // Wait for every accepted changeset to finish, reading D1 directly.
  const deadline = Date.now() + 10 * 60_000
  let states = []
  for (;;) {
    states = server.query(`select status, count(*) as n from changesets group by status`)
    const pending = states.filter((s) => s.status === 'pending' || s.status === 'in_progress').reduce((n, s) => n + s.n, 0)
    if (pending === 0 || Date.now() > deadline) break
    await new Promise((r) => setTimeout(r, 1000))
  }
  const [totals] = server.query(`select count(*) as changesets,
      sum(status = 'reviewed') as reviewed,
      (select count(*) from review_commits) as commits,
      (select count(*) from (select changeset_id from review_commits group by changeset_id having count(*) > 1)) as duplicated
    from changesets`)
  const latencies = server
    .query(`select (julianday(completed_at) - julianday(created_at)) * 86400000 as ms from changesets where status = 'reviewed'`)
    .map((r) => r.ms)
    .sort((a, b) => a - b)

  console.log('\nconcurrency  requests  req/s    p50 ms  p95 ms  p99 ms  errors')
  for (const r of rows) {
    console.log(
      `${String(r.concurrency).padStart(11)}  ${String(r.requests).padStart(8)}  ${r.rps.toFixed(1).padStart(6)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ${r.p99.toFixed(1).padStart(6)}  ${String(r.errors).padStart(6)}`,
    )
  }
  console.log(`\nsubmit→reviewed: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`)
  const ok = totals.changesets === ids.length && totals.reviewed === ids.length && totals.commits === ids.length && totals.duplicated === 0
  console.log(`verified: ${ids.length} accepted, ${totals.changesets} stored, ${totals.reviewed} reviewed, ${totals.commits} review commits, ${totals.duplicated} duplicated → ${ok ? 'nothing lost or duplicated' : 'MISMATCH'}`)
  console.log(JSON.stringify({ bench: 'load', levels: rows.map(({ ids: _ids, ...r }) => r), reviewLatencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) }, ok }))
  process.exitCode = ok ? 0 : 1
} finally {
  await server.stop()
}
