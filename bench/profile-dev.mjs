// CPU profile of a running local dev server (`wrangler dev --inspector-port P`) while something
// else loads it, summarised by where the time goes: self time per module and per function.
//
//   npm run bench:profile-dev -- --from /tmp/dev.cpuprofile      # summarise a saved profile again
//
//   PORT=8799 npm run dev:bench -- --inspector-port 9239 &
//   npm run bench:profile-dev -- --inspector 9239 --seconds 15 [--out /tmp/dev.cpuprofile] &
//   node ../shared/bench/load.mjs --base http://127.0.0.1:8799 --key "$DEV_API_KEY" --payload medium \
//     --concurrency 32 --duration 12
//
// Locally the Worker, its queue consumer and its Durable Objects share one workerd thread, so one
// profile shows what the request path and the review runs each cost that thread. D1's simulator
// runs in its own service and is not in the profile: its time shows as idle.
import { readFileSync, writeFileSync } from 'node:fs'

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : fallback
}

const inspectorPort = Number(option('inspector', '9229'))
const seconds = Number(option('seconds', '15'))
const out = option('out', undefined)
const top = Number(option('top', '25'))

const from = option('from', undefined)
const profile = from ? JSON.parse(readFileSync(from, 'utf8')) : await record()

/** Attaches to the inspector, samples for `seconds`, and returns the CPU profile. */
async function record() {
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()
  const url = targets[0]?.webSocketDebuggerUrl?.replace('//localhost:', '//127.0.0.1:')
  if (!url) throw new Error(`no inspector target on port ${inspectorPort}`)

  // The inspector proxy refuses an upgrade without an Origin; Node's WebSocket takes headers as an option.
  const socket = new WebSocket(url, { headers: { origin: `http://127.0.0.1:${inspectorPort}` } })
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true })
    socket.addEventListener('error', reject, { once: true })
  })
  let nextId = 1
  const pending = new Map()
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data))
    const waiter = pending.get(message.id)
    if (!waiter) return
    pending.delete(message.id)
    if (message.error) waiter.reject(new Error(message.error.message))
    else waiter.resolve(message.result)
  })
  function send(method, params = {}) {
    const id = nextId++
    socket.send(JSON.stringify({ id, method, params }))
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject }))
  }

  await send('Profiler.enable')
  await send('Profiler.setSamplingInterval', { interval: 200 })
  await send('Profiler.start')
  console.log(`profiling for ${seconds} s…`)
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  const { profile } = await send('Profiler.stop')
  socket.close()
  return profile
}
if (out) writeFileSync(out, JSON.stringify(profile))

// Self time per node: samples × the mean interval.
const sampleMs = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length)
const hits = new Map()
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1)
const byFunction = new Map()
const byModule = new Map()
let total = 0
for (const node of profile.nodes) {
  const ms = (hits.get(node.id) ?? 0) * sampleMs
  if (!ms) continue
  total += ms
  const frame = node.callFrame
  const module = moduleOf(frame)
  const fn = `${frame.functionName || '(anonymous)'} ${module}:${frame.lineNumber + 1}`
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms)
  byModule.set(module, (byModule.get(module) ?? 0) + ms)
}

/** The source file a frame belongs to, as a path under src/ when there is one. */
function moduleOf(frame) {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)'
  const path = frame.url.replace(/^.*?\/(src|node_modules)\//, '$1/')
  return path
}

const idle = byModule.get('(idle)') ?? 0
const busy = total - idle
const print = (title, map) => {
  console.log(`\n${title}`)
  for (const [name, ms] of [...map].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((ms / busy) * 100).toFixed(1).padStart(6)}%  ${name}`)
  }
}
console.log(`\n${(total / 1000).toFixed(1)} s profiled, ${(busy / 1000).toFixed(1)} s busy (${((busy / total) * 100).toFixed(0)}%), ${(idle / 1000).toFixed(1)} s idle`)
print('self time by module (share of busy time)', byModule)
print('self time by function', byFunction)

// Inclusive time: a function counts every sample it is on the stack of, once per sample, so the
// entry points (the request handler, the review run, the engine, the room calls) show their share.
const parentOf = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node)
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
const inclusive = new Map()
for (const [id, count] of hits) {
  if (nodeById.get(id).callFrame.functionName === '(idle)') continue
  const seen = new Set()
  for (let node = nodeById.get(id); node; node = parentOf.get(node.id)) {
    const name = node.callFrame.functionName
    if (!name || name.startsWith('(') || seen.has(name)) continue
    seen.add(name)
    inclusive.set(name, (inclusive.get(name) ?? 0) + count * sampleMs)
  }
}
print('inclusive time by function', inclusive)
