import { spawnSync } from 'node:child_process'

/** Runs a wrangler command non-interactively (no confirmation prompts) and fails loudly. */
export function wrangler(args, { quiet = false } = {}) {
  const result = spawnSync('npx', ['wrangler', ...args], {
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'],
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    if (quiet && result.stdout) process.stderr.write(result.stdout)
    throw new Error(`wrangler ${args.join(' ')} exited with ${result.status}`)
  }
  return result.stdout
}
