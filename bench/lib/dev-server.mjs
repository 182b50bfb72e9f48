// Starts `wrangler dev` on loopback with its own throwaway state directory, migrated and with
// API keys provisioned, so benchmarks never touch the developer's local data.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tickCron, TEST_SCHEDULED } from '../../scripts/lib/cron-ticker.mjs'
import { generateApiKey, insertKeySql, randomSecret } from '../../scripts/lib/keys.mjs'

function freePort() {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function wranglerSync(args) {
  const result = spawnSync('npx', ['wrangler', ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  if (result.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${result.stderr}\n${result.stdout}`)
  return result.stdout
}

/**
 * @param {{ keys?: number, vars?: Record<string, string>, reuse?: { state: string, keys: string[], port: number, ticketSecret: string } }} options
 */
export async function startDevServer({ keys = 1, vars = {}, reuse } = {}) {
  const state = reuse?.state ?? mkdtempSync(join(tmpdir(), 'cra-bench-'))
  const apiKeys = reuse?.keys ?? Array.from({ length: keys }, () => generateApiKey('dev'))
  if (!reuse) {
    wranglerSync(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state])
    const statements = apiKeys.map((key, i) => insertKeySql({ key, tenantId: 'bench', name: `bench ${i}`, scopes: ['read', 'write', 'admin'] }))
    wranglerSync(['d1', 'execute', 'DB', '--local', '--persist-to', state, '--command', statements.join('; ')])
  }

  const port = reuse?.port ?? (await freePort())
  const ticketSecret = reuse?.ticketSecret ?? randomSecret()
  const varArgs = Object.entries({ TICKET_SECRET: ticketSecret, ...vars }).flatMap(([k, v]) => ['--var', `${k}:${v}`])
  const child = spawn('npx', ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', state, TEST_SCHEDULED, ...varArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`wrangler dev did not start:\n${output}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  const stopCron = tickCron(base)
  return {
    base,
    port,
    state,
    keys: apiKeys,
    ticketSecret,
    /** Kills wrangler dev and workerd at once, as a crash would, keeping the state directory. */
    crash() {
      stopCron()
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    },
    query(sql) {
      const out = wranglerSync(['d1', 'execute', 'DB', '--local', '--persist-to', state, '--json', '--command', sql])
      return JSON.parse(out)[0].results
    },
    async stop() {
      stopCron()
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500))
      rmSync(state, { recursive: true, force: true })
    },
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]
}
