/**
 * Runs a bench script as the Worker ships: bundled by esbuild with the options wrangler passes
 * (ES2024, ESM, `keep_names` from wrangler.toml, which is false). tsx transforms each file with
 * names kept, wrapping every function and class in `__name(...)`, so timings taken under it
 * describe code that is never deployed. Measured on the 60k-line corpus review (9 alternating
 * runs on a loaded machine): the bundle took a median 0.88x tsx's CPU, spread 0.69-1.12x.
 *
 * Dependencies stay external: they are loaded from node_modules as published. grammars.ts stays
 * out too: its wasm imports are for workerd (Node would try to instantiate them as ES modules),
 * and the bench hands the runtime modules it compiled itself, so it is never imported.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Set in the bundle, so a script can tell it already runs as deployed. */
export const BUNDLED_FLAG = 'BENCH_AS_DEPLOYED'

export function runsAsDeployed(): boolean {
  return process.env[BUNDLED_FLAG] === '1'
}

function keepNames(tree = root): boolean {
  const toml = readFileSync(path.join(tree, 'wrangler.toml'), 'utf8')
  // wrangler's default is to keep names; only an explicit `keep_names = false` turns it off.
  return !/^\s*keep_names\s*=\s*false\b/m.test(toml)
}

const leaveGrammarsOut: Plugin = {
  name: 'leave-grammars-out',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\/grammars$/ }, (args) => ({ path: args.path, external: true }))
  },
}

/**
 * Bundles `entry` into node_modules/.cache (so its bare imports still resolve) and returns the
 * file, named for this process so that runs started side by side do not rebuild each other's.
 */
export async function bundleAsDeployed(entry: string): Promise<string> {
  const outdir = path.join(root, 'node_modules/.cache/bench')
  mkdirSync(outdir, { recursive: true })
  const outfile = path.join(outdir, `${path.basename(entry, path.extname(entry))}-${process.pid}.mjs`)
  await build({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'es2024',
    keepNames: keepNames(),
    minify: false,
    outfile,
    logLevel: 'warning',
    plugins: [leaveGrammarsOut],
  })
  return outfile
}

/**
 * Re-runs the calling script from its bundle in a child process and returns its exit status,
 * or `undefined` when the caller is the bundle already (or `--source` asks for tsx's transform).
 */
export async function rerunAsDeployed(entry: string): Promise<number | undefined> {
  if (runsAsDeployed() || process.argv.includes('--source')) return undefined
  const outfile = await bundleAsDeployed(entry)
  try {
    const child = spawnSync(process.execPath, [...nodeFlagsWithoutTsx(), outfile, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [BUNDLED_FLAG]: '1' },
    })
    return child.status ?? 1
  } finally {
    rmSync(outfile, { force: true })
  }
}

/** Node's flags for this process (`--cpu-prof`, `--expose-gc`...) less tsx's loader: the bundle is plain JavaScript. */
function nodeFlagsWithoutTsx(): string[] {
  const flags: string[] = []
  const args = process.execArgv
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if ((arg === '--require' || arg === '--import') && args[i + 1]?.includes('/tsx/')) i++
    else if (!arg.includes('/tsx/')) flags.push(arg)
  }
  return flags
}

/**
 * Bundles the review engine of the checkout at `tree` (reviewChangeset and loadSyntaxRuntime) as
 * deployed, with web-tree-sitter inside the bundle: two such bundles imported into one process
 * each hold their own parser runtime (web-tree-sitter keeps one module-wide), so two builds of
 * the engine can be timed alternately in one process (bench/profile-engine.ts --against).
 */
export async function bundleEngineOf(tree: string, outfile: string): Promise<string> {
  await build({
    stdin: {
      contents: "export { reviewChangeset } from './src/review/engine'\nexport { loadSyntaxRuntime } from './src/review/syntax/runtime'\n",
      resolveDir: tree,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2024',
    keepNames: keepNames(tree),
    // A checkout made only to be compared (git worktree add) has no node_modules of its own.
    nodePaths: [path.join(process.cwd(), 'node_modules')],
    minify: false,
    outfile,
    logLevel: 'warning',
    plugins: [leaveGrammarsOut, { name: 'only-web-tree-sitter-inside', setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => (args.path === 'web-tree-sitter' ? undefined : { path: args.path, external: true })) }],
  })
  return outfile
}
