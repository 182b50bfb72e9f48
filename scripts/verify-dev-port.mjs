// `node scripts/verify-dev-port.mjs`: starts `npm run dev` the ways the README shows (PORT, then
// `-- --port` with another argument passed through), checks /health answers on that port, stops
// the whole process group and checks the port is free again.
import { spawn } from 'node:child_process'

const STARTUP_MS = 120_000

const cases = [
  { name: 'PORT=8799 npm run dev', args: ['run', 'dev'], env: { PORT: '8799' }, url: 'http://localhost:8799/health' },
  { name: 'npm run dev -- --port 8798 --ip 127.0.0.1', args: ['run', 'dev', '--', '--port', '8798', '--ip', '127.0.0.1'], env: {}, url: 'http://127.0.0.1:8798/health' },
]

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function health(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
    return res.status === 200 ? await res.json() : undefined
  } catch {
    return undefined
  }
}

let failed = false
for (const c of cases) {
  // Its own process group, so npm, wrangler and workerd stop together.
  const child = spawn('npm', c.args, { env: { ...process.env, ...c.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const deadline = Date.now() + STARTUP_MS
  let body
  while (!body && Date.now() < deadline && child.exitCode === null) {
    body = await health(c.url)
    if (!body) await sleep(500)
  }
  process.kill(-child.pid, 'SIGTERM')
  await sleep(3000)
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
  const stillServing = await health(c.url)
  const ok = body?.status === 'ok' && !stillServing
  failed ||= !ok
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name}: /health ${body ? body.status : 'never answered'}; after stop: ${stillServing ? 'still serving' : 'closed'}`)
  if (!ok) console.log(output.slice(-2000))
}
process.exit(failed ? 1 : 0)
