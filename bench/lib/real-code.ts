/**
 * Real, unlabelled source already on this machine (the Python standard library, JavaScript
 * packages under node_modules), sampled the same way by every script that reviews it
 * (bench/noise.ts, bench/findings.ts): sorted paths, every k-th file, until a line budget is met.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type CodeLanguage = 'python' | 'javascript' | 'typescript'

export interface RealFile {
  path: string
  text: string
  lines: number
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const EXTENSIONS: Record<string, CodeLanguage> = { '.py': 'python', '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.ts': 'typescript', '.tsx': 'typescript' }
// Test directories are skipped: the samples are about application and library code.
const SKIP_DIR = /^(test|tests|testing|__tests__|__pycache__|idle_test|lib2to3|unittest|fixtures|examples?|docs?|\..*)$/
const MAX_FILE_BYTES = 200_000

/**
 * The newest installed Python's standard library and a fixed list of packages in node_modules. Most
 * packages ship compiled JavaScript only; zod's and @cfworker/json-schema's `src/` are TypeScript
 * as written, so the TypeScript sample is real source rather than a handful of files.
 */
export function defaultRoots(): string[] {
  const python = readdirSync('/usr/lib').filter((d) => /^python3\.\d+$/.test(d)).map((d) => `/usr/lib/${d}`)
  const nodeModules = path.join(root, 'node_modules')
  const packages = ['hono', '@hono/zod-openapi', 'drizzle-orm', 'drizzle-kit', '@octokit', 'ajv', 'eslint', 'esquery', 'fast-check', 'chai', 'vitest', 'undici', 'miniflare', 'wrangler', 'zod/src', '@cfworker/json-schema/src']
  return [...python.slice(-1), ...packages.map((p) => path.join(nodeModules, p))]
}

/** Every Python/JS/TS source file under the roots, in sorted order (no declarations, minified files or tests). */
export function sourceFiles(roots: readonly string[]): string[] {
  const out: string[] = []
  for (const r of roots) walk(r, out)
  return out
}

function walk(dir: string, out: string[]): void {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIP_DIR.test(entry.name) && entry.name !== 'node_modules') walk(full, out)
    } else if (entry.isFile() && EXTENSIONS[path.extname(entry.name)] && !/\.(d|min|test|spec)\.[cm]?[jt]sx?$/.test(entry.name)) out.push(full)
  }
}

/** Every k-th file of a language until `budget` lines, k chosen so the sample spreads over all roots. */
export function sampleFiles(files: readonly string[], language: CodeLanguage, budget: number): RealFile[] {
  const mine = files.filter((f) => EXTENSIONS[path.extname(f)] === language)
  const sizes = mine.map((f) => statSync(f).size).filter((s) => s <= MAX_FILE_BYTES)
  const averageLines = sizes.length === 0 ? 1 : sizes.reduce((a, b) => a + b, 0) / sizes.length / 35
  const stride = Math.max(1, Math.floor(mine.length / Math.max(1, budget / averageLines)))
  const picked: RealFile[] = []
  let total = 0
  for (let i = 0; i < mine.length && total < budget; i += stride) {
    const file = mine[i]!
    if (statSync(file).size > MAX_FILE_BYTES) continue
    const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n')
    // Minified or generated bundles are skipped by the engine anyway; they would only dilute the rate.
    if (text.split('\n').some((l) => l.length > 1000)) continue
    const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length
    if (lines === 0) continue
    picked.push({ path: file, text, lines })
    total += lines
  }
  return picked
}

/** The file as a diff that adds every line. */
export function asNewFile(text: string): string {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n')
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`
}

/** A path the engine treats as application code: the sample's place under its root, never a test path. */
export function reviewPath(file: string): string {
  return file
    .replace(/^.*?\.cache\/app-code\/[^/]+\/(?:usr\/lib\/python3\/dist-packages\/|package\/)?/, 'apps/')
    .replace(/^.*?node_modules\//, 'src/')
    .replace(/^\/usr\/lib\/python3\.\d+\//, 'pylib/')
}

/** The packages `scripts/fetch-app-code.sh` unpacked: application and auth code, one root each. */
export function appRoots(): string[] {
  const dir = path.join(root, '.cache', 'app-code')
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch {
    throw new Error('no app code: run `bash scripts/fetch-app-code.sh` first')
  }
  return names.map((n) => path.join(dir, n))
}
