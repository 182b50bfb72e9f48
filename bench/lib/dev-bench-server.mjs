// `npm run dev:bench` on a free port (rate limits raised, throwaway state), with the key it
// registers (DEV_API_KEY from .dev.vars), stopped as a group so wrangler and workerd go with it.
// It runs in a snapshot of HEAD (git archive, node_modules linked): `wrangler dev` reloads the
// Worker whenever a watched source file changes, which drops uploads in flight (EPIPE), so a
// long replay must not serve the working tree while anyone edits it.
import { execSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function freePort() {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      server.close(() => resolve(port))
    })
  })
}

/** @param {string} checkout the service's checkout (where .git, node_modules and .dev.vars are) */
export async function startDevBench(checkout, { timeoutMs = 120_000 } = {}) {
  const vars = join(checkout, '.dev.vars')
  const match = existsSync(vars) && readFileSync(vars, 'utf8').match(/^\s*DEV_API_KEY\s*=\s*"?([^"\s]+)"?/m)
  if (!match) throw new Error('.dev.vars has no DEV_API_KEY: run `npm run dev` once first')
  const root = mkdtempSync(join(tmpdir(), 'cra-replay-snapshot-'))
  execSync(`git archive --format=tar HEAD | tar -x -C ${JSON.stringify(root)}`, { cwd: checkout, stdio: ['ignore', 'ignore', 'inherit'] })
  symlinkSync(join(checkout, 'node_modules'), join(root, 'node_modules'), 'dir')
  copyFileSync(vars, join(root, '.dev.vars'))
  const port = await freePort()
  const log = join(tmpdir(), `cra-replay-dev-bench-${port}.log`)
  const out = openSync(log, 'w')
  const child = spawn('npm', ['run', 'dev:bench'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', out, out], detached: true })
  const base = `http://localhost:${port}`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      try {
        process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM')
      } catch {
        // already gone
      }
      rmSync(root, { recursive: true, force: true })
      throw new Error(`npm run dev:bench did not start on port ${port} (log: ${log})\n${readFileSync(log, 'utf8').slice(-2000)}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    base,
    key: match[1],
    log,
    commit: execSync('git rev-parse --short HEAD', { cwd: checkout, encoding: 'utf8' }).trim(),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM')
      } catch {
        return
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      rmSync(root, { recursive: true, force: true })
    },
  }
}
