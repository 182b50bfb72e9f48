// corpus: path=scripts/db-reset.ts
import { execFile, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { env, isProd } from '../src/env'

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '..')

async function step(label: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  const started = Date.now()
  process.stdout.write(`→ ${label}… `)
  await run(cmd, args, { cwd: ROOT, env: { ...process.env, ...extraEnv } }) // ok: command-injection
  process.stdout.write(`done in ${Date.now() - started} ms\n`)
}

function dockerComposeUp(): void {
  const result = spawnSync('docker', ['compose', 'up', '-d', '--wait', 'postgres', 'redis'], { cwd: ROOT, stdio: 'inherit' }) // ok: command-injection
  if (result.status !== 0) throw new Error('docker compose failed')
}

async function main(): Promise<void> {
  if (isProd) {
    console.error('db-reset refuses to run with NODE_ENV=production')
    process.exit(1)
  }
  const url = new URL(env.DATABASE_URL)
  if (!['localhost', '127.0.0.1', 'postgres'].includes(url.hostname)) {
    console.error(`db-reset only runs against a local database, not ${url.hostname}`)
    process.exit(1)
  }

  if (process.argv.includes('--docker')) dockerComposeUp()

  await step('resetting schema', 'npx', ['prisma', 'migrate', 'reset', '--force', '--skip-seed'])
  await step('generating client', 'npx', ['prisma', 'generate'])
  await step('seeding demo data', 'npx', ['tsx', 'prisma/seed.ts'], { NODE_ENV: 'development' })

  const dir = await mkdtemp(path.join(tmpdir(), 'tasks-db-')) // ok: insecure-temp-file
  try {
    const pgpass = path.join(dir, '.pgpass')
    await writeFile(pgpass, `${url.hostname}:${url.port || 5432}:*:${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}\n`, { mode: 0o600 })
    await step('analyzing tables', 'psql', ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username), '-d', url.pathname.slice(1), '-c', 'ANALYZE'], {
      PGPASSFILE: pgpass,
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  console.log(`Database ${url.pathname.slice(1)} on ${url.hostname} is ready.`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
