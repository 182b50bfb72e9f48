// `npm run verify:restart`: submits changesets to `wrangler dev`, kills it (SIGKILL, like a crash)
// while their reviews are queued or running, restarts it on the same state, and checks that every
// changeset still ends in a terminal status with exactly one review commit. The local queue keeps
// messages in memory, so only the Durable Object watchdog alarms (armed right after each 202) and,
// for a changeset killed before its alarm was armed, the cron sweep can bring them back.
import { startDevServer } from '../bench/lib/dev-server.mjs'

const COUNT = Number(process.env.COUNT ?? 20)
const LEASE = '10' // short lease so a run killed mid-review is retried quickly
const TIMEOUT_MS = 180_000

const vars = { REVIEW_LEASE_SECONDS: LEASE }
let server = await startDevServer({ keys: 1, vars })
const headers = { authorization: `Bearer ${server.keys[0]}`, 'content-type': 'application/json' }
const ids = await Promise.all(
  Array.from({ length: COUNT }, async (_, i) => {
    const res = await fetch(`${server.base}/api/changesets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: `restart ${i}`, author: 'verify', files: [{ file_path: 'a.py', diff_content: '@@ -0,0 +1,2 @@\n+import pickle\n+pickle.loads(data)\n' }] }),
    })
    return (await res.json()).changeset_id
  }),
)
server.crash()
const before = server.query(`select status, count(*) as n from changesets group by status`)
console.log(`submitted ${ids.length}, killed wrangler dev; states at the kill: ${before.map((r) => `${r.status}=${r.n}`).join(', ')}`)

const reuse = { state: server.state, keys: server.keys, port: server.port, ticketSecret: server.ticketSecret }
const restartedAt = Date.now()
server = await startDevServer({ vars, reuse })
console.log('restarted on the same state; waiting for the watchdog alarms and the cron sweep…')
let rows = []
while (Date.now() - restartedAt < TIMEOUT_MS) {
  rows = server.query(`select status, count(*) as n from changesets group by status`)
  if (rows.every((r) => r.status === 'reviewed' || r.status === 'failed')) break
  await new Promise((r) => setTimeout(r, 2000))
}
const [check] = server.query(`select count(*) as changesets, sum(status in ('reviewed','failed')) as terminal,
  (select count(*) from review_commits) as commits,
  (select count(*) from (select changeset_id from review_commits group by changeset_id having count(*) > 1)) as duplicated from changesets`)
const seconds = ((Date.now() - restartedAt) / 1000).toFixed(1)
const ok = check.changesets === ids.length && check.terminal === ids.length && check.duplicated === 0
console.log(`after ${seconds} s: ${rows.map((r) => `${r.status}=${r.n}`).join(', ')}; ${check.commits} review commits, ${check.duplicated} duplicated → ${ok ? 'every changeset terminal' : 'FAILED'}`)
await server.stop()
process.exitCode = ok ? 0 : 1
