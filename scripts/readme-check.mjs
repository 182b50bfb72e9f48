// `npm run readme:check`: runs the README's shell examples, in order, against a fresh `npm run dev`.
//
// Every ```sh block runs unless its info string says `no-check` (examples that need a Cloudflare
// account, a browser, your own git branch or a long-lived stream). The blocks run in one bash
// session, so a block can use what an earlier one exported, exactly as a reader pasting them would.
// `curl` fails the walk on any HTTP status >= 400, so a runnable block shows only answers that
// succeed (error examples go in `no-check` blocks). Streams (`curl -N`) are cut after a few seconds.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const STARTUP_MS = 120_000
const WALK_TIMEOUT_MS = 180_000

/** The README's runnable shell blocks, each with the line it starts on (for error messages). */
export function extractShellBlocks(markdown) {
  const blocks = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^(`{3,})(\S*)(.*)$/)
    if (!open) continue
    const [, fence, lang, rest] = open
    const body = []
    let j = i + 1
    while (j < lines.length && !lines[j].startsWith(fence)) body.push(lines[j++])
    if ((lang === 'sh' || lang === 'bash') && !/\bno-check\b/.test(rest)) blocks.push({ line: i + 1, code: body.join('\n') })
    i = j
  }
  return blocks
}

// Runs before the README's blocks: HTTP errors fail the walk, streams are bounded, and a block's
// failure names the README line it came from.
const PRELUDE = `
set -euo pipefail
curl() {
  local args=("$@") stream=0
  for a in "$@"; do [ "$a" = "-N" ] && stream=1; done
  if [ "$stream" = 1 ]; then
    command curl --max-time 3 "\${args[@]}" || { local rc=$?; [ "$rc" = 28 ] || return "$rc"; }
  else
    command curl --fail-with-body --max-time 30 "\${args[@]}"
  fi
}
`

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** A copy of the tree with no local state (.wrangler, .dev.vars), sharing node_modules. */
function freshCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), 'readme-check-'))
  const skip = new Set(['node_modules', '.wrangler', '.dev.vars', '.git'])
  cpSync(root, dir, { recursive: true, filter: (src) => !skip.has(path.basename(src)) || path.dirname(src) !== root })
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  return dir
}

async function waitForHealth(base, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`the dev server did not answer ${base}/health within ${STARTUP_MS / 1000} s`)
}

function killTree(child) {
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

async function main() {
  const blocks = extractShellBlocks(readFileSync(path.join(root, 'README.md'), 'utf8'))
  if (blocks.length === 0) throw new Error('README.md has no runnable ```sh blocks')
  const dir = freshCopy()
  const port = await freePort()
  const base = `http://localhost:${port}`
  const server = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let serverLog = ''
  server.stdout.on('data', (d) => (serverLog += d))
  server.stderr.on('data', (d) => (serverLog += d))
  try {
    await waitForHealth(base, Date.now() + STARTUP_MS)
    const script = [
      PRELUDE,
      // The README's examples assume the default port; point them at this run's server.
      ...blocks.map((b) => `echo "--- README.md:${b.line}" >&2\n${b.code.replaceAll('localhost:8787', `localhost:${port}`)}`),
    ].join('\n')
    const file = path.join(dir, 'readme-walk.sh')
    writeFileSync(file, script)
    const walk = spawnSync('bash', [file], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], timeout: WALK_TIMEOUT_MS })
    if (walk.status !== 0) {
      console.error(serverLog.split('\n').slice(-40).join('\n'))
      throw new Error(`a README example failed (exit ${walk.status ?? walk.signal}); the last "--- README.md:N" above is the block`)
    }
    console.log(`README walk passed: ${blocks.length} blocks against a fresh npm run dev`)
  } finally {
    killTree(server)
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`readme-check: ${err.message}`)
    process.exit(1)
  })
}
