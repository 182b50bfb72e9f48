// One `wrangler dev` for the CLI's end-to-end tests: a free port, a throwaway persist dir, local
// D1 migrated, one API key inserted. `stop()` ends the whole process group (wrangler and workerd).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateApiKey, insertKeySql, randomSecret } from '../../scripts/lib/keys.mjs'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const START_TIMEOUT_MS = 60_000

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      server.close(() => resolve(port))
    })
  })
}

function wrangler(args) {
  const result = spawnSync('npx', ['wrangler', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  if (result.status !== 0) throw new Error(`wrangler ${args[0]} ${args[1] ?? ''} failed:\n${result.stderr}\n${result.stdout}`)
  return result.stdout
}

/**
 * @param {{ vars?: Record<string, string> }} [options] `[vars]` overrides, e.g. smaller limits
 * @returns {Promise<{ url: string, key: string, readKey: string, stop: () => Promise<void> }>}
 */
export async function startDevServer({ vars = {} } = {}) {
  const state = mkdtempSync(path.join(tmpdir(), 'cra-cli-e2e-'))
  const key = generateApiKey('dev')
  const readKey = generateApiKey('dev')
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state])
  wrangler([
    'd1', 'execute', 'DB', '--local', '--persist-to', state, '--command',
    [
      insertKeySql({ key, tenantId: 'cli-e2e', name: 'cli e2e', scopes: ['read', 'write'] }),
      insertKeySql({ key: readKey, tenantId: 'cli-e2e', name: 'cli e2e read-only', scopes: ['read'] }),
    ].join('; '),
  ])

  const [port, inspectorPort] = [await freePort(), await freePort()]
  const child = spawn(
    'npx',
    ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspectorPort),
      '--persist-to', state, '--env-file', '/dev/null', '--show-interactive-dev-session=false',
      ...Object.entries({ TICKET_SECRET: randomSecret(), ...vars }).flatMap(([k, v]) => ['--var', `${k}:${v}`])],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true', WRANGLER_LOG: 'warn' }, detached: true },
  )
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const exited = new Promise((resolve) => child.once('exit', resolve))

  const stop = async () => {
    const signal = (name) => {
      try {
        process.kill(-(/** @type {number} */ (child.pid)), name)
      } catch {
        // the group is already gone
      }
    }
    signal('SIGTERM')
    const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))])
    // workerd may outlive wrangler briefly; nothing of the group may stay behind.
    signal('SIGKILL')
    if (!gone) await exited
    rmSync(state, { recursive: true, force: true })
  }

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    try {
      if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) })).ok) break
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not start:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url, key, readKey, stop }
}
