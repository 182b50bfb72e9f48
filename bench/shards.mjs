// `npm run bench:shards [-- --tenants 20 --conc 32 --seconds 10]`: the sharding plan of
// docs/scaling.md §5 on two local D1 databases. bench/shards/worker.mjs routes every request by
// tenant through a routing table in a control D1 (`tenants(id, shard)`) to one of two shard D1s
// holding the service's schema (its real migrations), and writes and lists with src/db's own code.
// Two runs under the same closed-loop load (each client: a submission, then its tenant's listing):
//   one shard    every tenant routed to shard-0 (today's layout, plus the routing lookup)
//   two shards   tenants assigned to the least-full shard as they are created
// After each run it checks, straight on each shard (bypassing the routing), that every tenant's
// rows are on its own shard only and that their count is exactly what the clients had accepted,
// and that no listing returned another tenant's changeset. Exits 1 on any mismatch.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { percentile } from './lib/dev-server.mjs'
import { makeSubmission } from './lib/payload.mjs'

const opts = { tenants: 20, conc: 32, seconds: 10, port: '8797' }
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  const name = argv[i].replace(/^--/, '')
  if (!(name in opts)) throw new Error(`unknown option ${argv[i]}`)
  opts[name] = typeof opts[name] === 'number' ? Number(argv[++i]) : argv[++i]
}
const CONFIG = 'bench/shards/wrangler.toml'
const base = `http://127.0.0.1:${opts.port}`
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function wrangler(args) {
  const result = spawnSync('npx', ['wrangler', ...args, '--config', CONFIG], { encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  if (result.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${result.stderr}\n${result.stdout}`)
}

async function startServer(state) {
  const child = spawn('npx', ['wrangler', 'dev', '--config', CONFIG, '--persist-to', state, '--port', opts.port, '--ip', '127.0.0.1'], {
    env: { ...process.env, CI: 'true' },
    stdio: 'ignore',
    detached: true,
  })
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`${base}/stats`)
      return child
    } catch {
      await sleep(200)
    }
  }
  throw new Error('wrangler dev did not start')
}

async function run(label, shardCount) {
  const state = mkdtempSync(join(tmpdir(), 'cra-shards-'))
  const tenants = Array.from({ length: opts.tenants }, (_, i) => `tenant-${i}`)
  // Least-full assignment at creation time; with tenants created one by one that alternates.
  const assigned = new Map(tenants.map((t, i) => [t, `shard-${i % shardCount}`]))
  wrangler(['d1', 'migrations', 'apply', 'DB_SHARD_0', '--local', '--persist-to', state])
  wrangler(['d1', 'migrations', 'apply', 'DB_SHARD_1', '--local', '--persist-to', state])
  const rows = [...assigned].map(([t, s]) => `('${t}', '${s}')`).join(', ')
  wrangler(['d1', 'execute', 'DB_CONTROL', '--local', '--persist-to', state, '--command', `create table tenants (id text primary key, shard text not null); insert into tenants values ${rows}`])
  const server = await startServer(state)
  const accepted = new Map(tenants.map((t) => [t, 0]))
  const problems = []
  const latencies = []
  let errors = 0
  try {
    const until = performance.now() + opts.seconds * 1000
    let n = 0
    await Promise.all(
      Array.from({ length: opts.conc }, async () => {
        while (performance.now() < until) {
          const tenant = tenants[Math.floor(Math.random() * tenants.length)]
          const t0 = performance.now()
          const post = await fetch(`${base}/t/${tenant}/changesets`, { method: 'POST', body: JSON.stringify(makeSubmission('small', n++)) })
          const posted = await post.json()
          latencies.push(performance.now() - t0)
          if (post.status !== 202) errors++
          else {
            accepted.set(tenant, accepted.get(tenant) + 1)
            if (posted.shard !== assigned.get(tenant)) problems.push(`${tenant} written to ${posted.shard}, routed to ${assigned.get(tenant)}`)
          }
          const t1 = performance.now()
          const list = await fetch(`${base}/t/${tenant}/changesets`)
          const listed = await list.json()
          latencies.push(performance.now() - t1)
          if (list.status !== 200) errors++
          else if (listed.data.some((c) => c.tenant_id !== tenant)) problems.push(`${tenant}'s listing returned another tenant's changeset`)
        }
      }),
    )
    const held = await (await fetch(`${base}/stats`)).json()
    for (const tenant of tenants) {
      const home = assigned.get(tenant)
      for (const [shard, counts] of Object.entries(held)) {
        const n = counts[tenant] ?? 0
        if (shard === home && n !== accepted.get(tenant)) problems.push(`${tenant}: ${n} rows on ${shard}, ${accepted.get(tenant)} accepted`)
        if (shard !== home && n !== 0) problems.push(`${tenant}: ${n} rows on ${shard}, which is not its shard`)
      }
    }
    latencies.sort((a, b) => a - b)
    const perShard = Object.entries(held)
      .map(([shard, counts]) => `${shard} ${Object.values(counts).reduce((a, b) => a + b, 0)} changesets / ${Object.keys(counts).length} tenants`)
      .join(', ')
    const rps = latencies.length / opts.seconds
    console.log(
      `${label.padEnd(11)} req/s=${rps.toFixed(0).padStart(4)} p50_ms=${percentile(latencies, 50).toFixed(1).padStart(6)} p99_ms=${percentile(latencies, 99).toFixed(1).padStart(6)} errors=${errors} | ${perShard} | routing ${problems.length === 0 ? 'OK' : `FAILED (${problems.length})`}`,
    )
    for (const p of problems.slice(0, 10)) console.log(`  ${p}`)
    return problems.length === 0 && errors === 0
  } finally {
    process.kill(-server.pid, 'SIGTERM')
    await sleep(1500)
    rmSync(state, { recursive: true, force: true })
  }
}

console.log(`${opts.tenants} tenants, ${opts.conc} clients × ${opts.seconds} s; each client: POST a small changeset, then GET its tenant's listing`)
const ok = [await run('one shard', 1), await run('two shards', 2)].every(Boolean)
process.exit(ok ? 0 : 1)
