// `npm run bench:latency [-- --n 30] [--payload medium] [--base URL --key K] [--json FILE]`
// Idle submit → reviewed: submits N changesets one at a time (each after the previous one is
// reviewed and settled) and follows each over its SSE stream. Prints p50/p99 of the whole path and
// of each step between, taken from the room's own event timestamps (`at`, stamped by the Durable
// Object as it publishes; same clock as the client's, on one machine):
//   total       client send → the client reads `reviewed` (the figure the target is about)
//   reviewed    client send → `reviewed` published
//   post        client send → 202 received
//   start       client send → `in_progress` (auth, validation, the D1 batch, the enqueue, queue
//               delivery, consumer start, the claim; a new changeset publishes no `pending`)
//   run         `in_progress` → `reviewed` (the rule engine, the guarded commit, the last publish)
// Without --base it starts its own `wrangler dev` (as `npm run dev` runs it, on throwaway state).
import { makeSubmission, PAYLOADS } from './lib/payload.mjs'
import { percentile, startDevServer } from './lib/dev-server.mjs'

const opts = { n: 30, payload: 'medium', base: '', key: '', gapMs: 250, json: '' }
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  const name = argv[i].replace(/^--/, '')
  const value = argv[++i]
  if (name === 'n') opts.n = Number(value)
  else if (name === 'payload') opts.payload = value
  else if (name === 'base') opts.base = value
  else if (name === 'key') opts.key = value
  else if (name === 'gap-ms') opts.gapMs = Number(value)
  else if (name === 'json') opts.json = value
  else throw new Error(`unknown option --${name}`)
}
if (!PAYLOADS[opts.payload]) throw new Error(`--payload must be one of ${Object.keys(PAYLOADS).join(', ')}`)

const server = opts.base ? null : await startDevServer()
const base = opts.base || server.base
const key = opts.key || server.keys[0]
const auth = { authorization: `Bearer ${key}` }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const wallNow = () => performance.timeOrigin + performance.now()

/** Reads SSE frames until the revision's terminal status; returns every event and when it was seen. */
async function follow(id) {
  const controller = new AbortController()
  const res = await fetch(`${base}/api/changesets/${id}/events?since=0`, { headers: { ...auth, accept: 'text/event-stream' }, signal: controller.signal })
  if (res.status !== 200) throw new Error(`events: HTTP ${res.status}`)
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
  const events = []
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) throw new Error('stream ended before the review did')
    buffer += value
    let end
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const data = frame.split('\n').find((l) => l.startsWith('data: '))
      if (!data) continue
      const event = JSON.parse(data.slice(6))
      events.push(event)
      if (event.type === 'status' && (event.status === 'reviewed' || event.status === 'failed')) {
        const seenAt = wallNow()
        controller.abort()
        return { events, seenAt }
      }
    }
  }
}

const STEPS = ['total', 'reviewed', 'post', 'start', 'run']
const samples = Object.fromEntries(STEPS.map((s) => [s, []]))
let failed = 0
try {
  for (let n = 0; n < opts.n; n++) {
    const body = JSON.stringify(makeSubmission(opts.payload, n))
    const sentAt = wallNow()
    const res = await fetch(`${base}/api/changesets`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body })
    const accepted = await res.json()
    const ackAt = wallNow()
    if (res.status !== 202) throw new Error(`submit: HTTP ${res.status} ${JSON.stringify(accepted)}`)
    const { events, seenAt } = await follow(accepted.changeset_id)
    const at = (pick) => {
      const event = events.find(pick)
      return event ? Date.parse(event.at) : NaN
    }
    const started = at((e) => e.type === 'status' && e.status === 'in_progress')
    const reviewed = at((e) => e.type === 'status' && e.status === 'reviewed')
    if (!Number.isFinite(reviewed)) failed++
    const step = { total: seenAt - sentAt, reviewed: reviewed - sentAt, post: ackAt - sentAt, start: started - sentAt, run: reviewed - started }
    for (const s of STEPS) if (Number.isFinite(step[s])) samples[s].push(step[s])
    // Let the review's tail (announcements, GitHub hand-off) finish so the next one starts idle.
    await sleep(opts.gapMs)
  }
} finally {
  await server?.stop()
}

const summary = {}
console.log(`idle submit → reviewed, ${opts.n} × ${opts.payload} (${PAYLOADS[opts.payload].files} files × ${PAYLOADS[opts.payload].lines} lines), one at a time, followed over SSE`)
console.log('step        p50_ms  p99_ms  max_ms')
for (const s of STEPS) {
  const sorted = samples[s].sort((a, b) => a - b)
  summary[s] = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) }
  console.log(`${s.padEnd(10)} ${summary[s].p50.toFixed(1).padStart(7)} ${summary[s].p99.toFixed(1).padStart(7)} ${summary[s].max.toFixed(1).padStart(7)}`)
}
if (opts.json) (await import('node:fs')).writeFileSync(opts.json, JSON.stringify({ bench: 'latency', ...opts, key: undefined, failed, summary, samples }, null, 1))
console.log(`review_p50_ms=${summary.total.p50.toFixed(1)} review_p99_ms=${summary.total.p99.toFixed(1)} n=${samples.total.length} failed=${failed}`)
