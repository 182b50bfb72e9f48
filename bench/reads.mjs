// `npm run bench:reads -- --state DIR [--conc 32] [--seconds 5] [--rounds 1] [--floor] [--only TEXT]`
// p50/p99 of every read route at CONC closed-loop clients on a database seeded by
// `npm run bench:seed -- --state DIR` (served here with `npm run dev:bench` on that state).
// Ids are sampled at random over the whole table, and the listings are also read deep (a cursor
// taken 5,000 rows in), so no route is measured only on the rows a cache would keep hot. Cursors
// keep the page size they were taken with (100 here), so those pages hold 100 rows, the others 20.
// --floor: each round first drives the bare floor's `GET /api/changesets/{id}` (../shared/bench/floor,
// the least code on the same stack) with the same clients, and every route is also given as a
// ratio to that run, since absolute figures on a shared machine move from run to run.
// --base URL: use a server that is already running on DIR's state instead of starting one.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { percentile } from './lib/dev-server.mjs'

const opts = { state: '', conc: 32, seconds: 5, rounds: 1, floor: false, base: '', port: '8798', floorPort: '8788', only: '' }
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  const name = argv[i].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase())
  if (name === 'floor') opts.floor = true
  else if (name in opts) opts[name] = typeof opts[name] === 'number' ? Number(argv[++i]) : argv[++i]
  else throw new Error(`unknown option ${argv[i]}`)
}
if (!opts.state || !existsSync(join(opts.state, 'v3'))) throw new Error('--state DIR must be a directory seeded by scripts/seed-bench.mjs')
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const key = readFileSync('.dev.vars', 'utf8').match(/^\s*DEV_API_KEY\s*=\s*"?([^"\s]+)"?/m)[1]
const headers = { authorization: `Bearer ${key}` }

async function waitUp(url) {
  for (let i = 0; i < 900; i++) {
    try {
      await fetch(url)
      return
    } catch {
      await sleep(200)
    }
  }
  throw new Error(`${url} did not come up`)
}
function start(command, args, env) {
  return spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore', detached: true })
}
function stop(child) {
  if (!child) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

const server = opts.base ? null : start(process.execPath, ['scripts/dev-bench.mjs'], { PORT: opts.port, DEV_BENCH_STATE: opts.state })
const base = opts.base || `http://127.0.0.1:${opts.port}`
const floorScript = new URL('../../shared/bench/floor/run.sh', import.meta.url).pathname
const floor = opts.floor ? start(floorScript, [opts.floorPort], { WRANGLER_DIR: process.cwd() }) : null
const floorBase = `http://127.0.0.1:${opts.floorPort}`

/** Closed loop: CONC clients, each sending its next request as soon as the last one answered. */
async function drive(target, path, expect = 200) {
  const latencies = []
  let errors = 0
  const until = performance.now() + opts.seconds * 1000
  await Promise.all(
    Array.from({ length: opts.conc }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now()
        try {
          const res = await fetch(target + path(), { headers })
          await res.arrayBuffer()
          if (res.status !== expect) errors++
        } catch {
          errors++
        }
        latencies.push(performance.now() - t0)
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  return { n: latencies.length, errors, rps: latencies.length / opts.seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) }
}

try {
  await waitUp(`${base}/health`)
  // Random ids over the whole table (read-only; the server keeps writing nothing meanwhile).
  const dir = join(opts.state, 'v3', 'd1', 'miniflare-D1DatabaseObject')
  const db = new DatabaseSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite')), { readOnly: true })
  const ids = db.prepare(`SELECT id FROM changesets ORDER BY random() LIMIT 1000`).all().map((r) => r.id)
  const files = db.prepare(`SELECT changeset_id AS c, id AS f FROM changeset_files ORDER BY random() LIMIT 1000`).all()
  const counts = db.prepare(`SELECT (SELECT count(*) FROM changesets) AS changesets, (SELECT count(*) FROM findings) AS findings`).get()
  db.close()
  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)]

  // Cursors 5,000 rows into the listing, and into one changeset's findings past the first page.
  let deep = null
  for (let page = 0, cursor = null; page < 50; page++) {
    const body = await (await fetch(`${base}/api/changesets?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers })).json()
    cursor = deep = body.next_cursor
    if (!cursor) break
  }
  const deepAuthor = (await (await fetch(`${base}/api/changesets?author=dev7&limit=100`, { headers })).json()).next_cursor
  const findingCursors = []
  for (const id of ids.slice(0, 50)) {
    const next = (await (await fetch(`${base}/api/changesets/${id}/findings?limit=10`, { headers })).json()).next_cursor
    if (next) findingCursors.push([id, next])
  }

  const routes = {
    'GET /health (no D1 read of ours, no auth)': () => '/health',
    'GET /api/changesets/{id}': () => `/api/changesets/${pick(ids)}`,
    'GET /api/changesets': () => '/api/changesets',
    'GET /api/changesets?status=reviewed': () => '/api/changesets?status=reviewed',
    'GET /api/changesets?author=dev7': () => '/api/changesets?author=dev7',
    'GET /api/changesets?verdict=changes_requested': () => '/api/changesets?verdict=changes_requested',
    'GET /api/changesets?status=reviewed&author=dev3': () => '/api/changesets?status=reviewed&author=dev3',
    'GET /api/changesets?created_after=…&created_before=…': () => '/api/changesets?created_after=2026-11-20T00:00:00Z&created_before=2026-11-27T00:00:00Z',
    'GET /api/changesets?cursor=(5,000 rows in; 100 a page)': () => `/api/changesets?cursor=${encodeURIComponent(deep)}`,
    'GET /api/changesets?cursor=(author, page 2; 100 a page)': () => `/api/changesets?cursor=${encodeURIComponent(deepAuthor)}`,
    'GET /api/changesets/{id}/files': () => `/api/changesets/${pick(ids)}/files`,
    'GET /api/changesets/{id}/files/{file_id}': () => {
      const f = pick(files)
      return `/api/changesets/${f.c}/files/${f.f}`
    },
    'GET /api/changesets/{id}/findings': () => `/api/changesets/${pick(ids)}/findings`,
    'GET /api/changesets/{id}/findings?severity=major': () => `/api/changesets/${pick(ids)}/findings?severity=major`,
    'GET /api/changesets/{id}/findings?status=open&category=security': () => `/api/changesets/${pick(ids)}/findings?status=open&category=security`,
    'GET /api/changesets/{id}/findings?cursor=(page 2)': () => {
      const [id, c] = pick(findingCursors)
      return `/api/changesets/${id}/findings?cursor=${encodeURIComponent(c)}`
    },
    'GET /api/changesets/{id}/history': () => `/api/changesets/${pick(ids)}/history`,
    'GET /api/changesets/{id}/revisions': () => `/api/changesets/${pick(ids)}/revisions`,
    'GET /api/changesets/{id}/report (Markdown)': () => `/api/changesets/${pick(ids)}/report`,
    'GET /api/changesets/{id}/report?format=sarif': () => `/api/changesets/${pick(ids)}/report?format=sarif`,
    'GET /api/rules': () => '/api/rules',
    'GET /api/keys': () => '/api/keys',
  }
  const selected = Object.entries(routes).filter(([name]) => !opts.only || name.includes(opts.only))
  if (floor) {
    await waitUp(`${floorBase}/`)
    for (let i = 0; i < 20; i++) {
      await fetch(`${floorBase}/api/changesets`, { method: 'POST', body: JSON.stringify({ title: `t${i}`, author: 'a', files: [{ file_path: 'a.py', diff_content: '+x\n' }] }) })
    }
  }
  console.log(`${counts.changesets} changesets, ${counts.findings} findings; ${opts.conc} clients, ${opts.seconds} s per route, ${opts.rounds} round(s)`)
  for (let round = 1; round <= opts.rounds; round++) {
    const loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
    console.log(`\nround ${round} (load average ${loadavg})`)
    let ref = null
    if (floor) {
      ref = await drive(floorBase, () => `/api/changesets/${1 + Math.floor(Math.random() * 20)}`)
      console.log(`${'floor GET /api/changesets/{id}'.padEnd(62)} rps=${ref.rps.toFixed(0).padStart(4)} p50_ms=${ref.p50.toFixed(1).padStart(6)} p99_ms=${ref.p99.toFixed(1).padStart(6)} errors=${ref.errors}`)
    }
    for (const [name, path] of selected) {
      const r = await drive(base, path)
      const ratio = ref ? ` p50×floor=${(r.p50 / ref.p50).toFixed(2)} p99×floor=${(r.p99 / ref.p99).toFixed(2)}` : ''
      console.log(`${name.padEnd(62)} rps=${r.rps.toFixed(0).padStart(4)} p50_ms=${r.p50.toFixed(1).padStart(6)} p99_ms=${r.p99.toFixed(1).padStart(6)} errors=${r.errors}${ratio}`)
    }
  }
} finally {
  stop(server)
  stop(floor)
  await sleep(1500)
}
