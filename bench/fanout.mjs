// `npm run bench:fanout`: fan-out latency of one changeset's Durable Object to 1,000 WebSockets
// under `wrangler dev`. Each round triages a finding (which publishes a `findings` event) and
// measures, per socket, the time from sending the PATCH to receiving the event.
import { percentile, startDevServer } from './lib/dev-server.mjs'

const SOCKETS = Number(process.env.SOCKETS ?? 1000)
const ROUNDS = Number(process.env.ROUNDS ?? 5)

console.log(`$ npm run bench:fanout   # SOCKETS=${SOCKETS} ROUNDS=${ROUNDS}`)
// Streams are rate limited per key (120 opens a minute) and per ticket (10 opens), as in
// production: spread the sockets over enough keys, with a fresh ticket for every few of them.
const SOCKETS_PER_KEY = 100
const OPENS_PER_TICKET = 5
const server = await startDevServer({ keys: Math.ceil(SOCKETS / SOCKETS_PER_KEY) })
const headersFor = (key) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' })
const headers = headersFor(server.keys[0])

try {
  const submitted = await (
    await fetch(`${server.base}/api/changesets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'fan-out', author: 'bench', files: [{ file_path: 'a.js', diff_content: '@@ -0,0 +1,2 @@\n+if (a == b) {}\n+eval(code)\n' }] }),
    })
  ).json()
  const id = submitted.changeset_id
  for (;;) {
    const cs = await (await fetch(`${server.base}/api/changesets/${id}`, { headers })).json()
    if (cs.status === 'reviewed') break
    await new Promise((r) => setTimeout(r, 100))
  }
  const findings = (await (await fetch(`${server.base}/api/changesets/${id}/findings`, { headers })).json()).data
  const openSocket = (url) =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(url)
      const state = { ws, waiting: undefined }
      ws.addEventListener('message', (e) => {
        const msg = JSON.parse(e.data)
        if (msg.type === 'snapshot') resolve(state)
        else if (msg.type === 'findings' && state.waiting) state.waiting(performance.now())
      })
      ws.addEventListener('error', () => reject(new Error(`a WebSocket to ${url.split('?')[0]} failed to open`)))
    })
  // One key's worth of sockets at a time, with tickets minted just before use (they live 60 s).
  const connectStarted = performance.now()
  const sockets = []
  for (let first = 0; first < SOCKETS; first += SOCKETS_PER_KEY) {
    const key = server.keys[first / SOCKETS_PER_KEY]
    const count = Math.min(SOCKETS_PER_KEY, SOCKETS - first)
    const urls = []
    for (let i = 0; i < count; i += OPENS_PER_TICKET) {
      const { url } = await (await fetch(`${server.base}/api/changesets/${id}/events/ticket`, { method: 'POST', headers: headersFor(key) })).json()
      urls.push(`${server.base.replace('http', 'ws')}${url}`)
    }
    sockets.push(...(await Promise.all(Array.from({ length: count }, (_, i) => openSocket(urls[Math.floor(i / OPENS_PER_TICKET)])))))
  }
  const connectMs = performance.now() - connectStarted
  console.log(`connected ${sockets.length} sockets (snapshot received) in ${connectMs.toFixed(0)} ms`)

  const rounds = []
  for (let round = 0; round < ROUNDS; round++) {
    const arrivals = sockets.map((s) => new Promise((resolve) => (s.waiting = resolve)))
    const sent = performance.now()
    const status = round % 2 === 0 ? 'dismissed' : 'open'
    await fetch(`${server.base}/api/changesets/${id}/findings/${findings[0].id}`, { method: 'PATCH', headers, body: JSON.stringify({ status }) })
    const times = (await Promise.all(arrivals)).map((t) => t - sent).sort((a, b) => a - b)
    // `spread`: first to last socket, i.e. the fan-out itself without the PATCH's own work.
    rounds.push({ p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times.at(-1), spread: times.at(-1) - times[0], received: times.length })
  }
  console.log('\nround  received  p50 ms  p95 ms  p99 ms  max ms  spread ms')
  rounds.forEach((r, i) =>
    console.log(`${String(i + 1).padStart(5)}  ${String(r.received).padStart(8)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ${r.p99.toFixed(1).padStart(6)}  ${r.max.toFixed(1).padStart(6)}  ${r.spread.toFixed(1).padStart(9)}`),
  )
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(JSON.stringify({ bench: 'fanout', sockets: SOCKETS, connectMs, p50: median(rounds.map((r) => r.p50)), p99: median(rounds.map((r) => r.p99)), max: median(rounds.map((r) => r.max)), spread: median(rounds.map((r) => r.spread)) }))
  for (const s of sockets) s.ws.close(1000)
} finally {
  await server.stop()
}
