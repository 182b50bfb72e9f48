/**
 * Noise on real, unlabelled code: third-party source already on this machine (the Python standard
 * library, JavaScript packages under node_modules) reviewed as new files in one profile, counted
 * as findings per 1,000 added lines, per language and per rule. Nothing here is labelled: a rule
 * near the top of the table is where to look for false positives (`--show <rule id>` prints its
 * findings with the line they point at).
 *
 *   npx tsx bench/noise.ts [--profile default|strict|prototype] [--lines 40000] [--show <rule id>] [--root <dir> ...]
 *
 * Files are chosen deterministically (sorted paths, every k-th file) until each language reaches
 * `--lines` added lines, so runs on one machine compare. Test directories are skipped: the
 * benchmark is about application and library code. The last line is one JSON summary.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { reviewChangeset } from '../src/review/engine'
import { PROFILES, type Finding, type Profile } from '../src/review/types'
import { loadSyntaxRuntimeInNode } from './lib/node-wasm'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

function options(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === `--${name}` && process.argv[i + 1] ? [process.argv[i + 1]!] : []))
}

const profile = (option('profile') ?? 'default') as Profile
if (!PROFILES.includes(profile)) throw new Error(`--profile must be one of ${PROFILES.join(', ')}`)
const LINES_PER_LANGUAGE = Number(option('lines') ?? 40_000)
const SHOW = option('show')

type Language = 'python' | 'javascript' | 'typescript'
const EXTENSIONS: Record<string, Language> = { '.py': 'python', '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.ts': 'typescript', '.tsx': 'typescript' }
const SKIP_DIR = /^(test|tests|testing|__tests__|__pycache__|idle_test|lib2to3|unittest|fixtures|examples?|docs?|\..*)$/
const MAX_FILE_BYTES = 200_000

function defaultRoots(): string[] {
  const python = readdirSync('/usr/lib').filter((d) => /^python3\.\d+$/.test(d)).map((d) => `/usr/lib/${d}`)
  const nodeModules = path.join(root, 'node_modules')
  const packages = ['hono', '@hono/zod-openapi', 'drizzle-orm', 'drizzle-kit', '@octokit', 'ajv', 'eslint', 'esquery', 'fast-check', 'chai', 'vitest', 'undici', 'miniflare', 'wrangler']
  return [...python.slice(-1), ...packages.map((p) => path.join(nodeModules, p))]
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

interface Sample {
  path: string
  text: string
  lines: number
}

/** Every k-th file of a language until the line budget is reached, k chosen so the sample spreads over all roots. */
function sample(files: string[], language: Language): Sample[] {
  const mine = files.filter((f) => EXTENSIONS[path.extname(f)] === language)
  const sizes = mine.map((f) => statSync(f).size).filter((s) => s <= MAX_FILE_BYTES)
  const averageLines = sizes.length === 0 ? 1 : sizes.reduce((a, b) => a + b, 0) / sizes.length / 35
  const stride = Math.max(1, Math.floor(mine.length / Math.max(1, LINES_PER_LANGUAGE / averageLines)))
  const picked: Sample[] = []
  let total = 0
  for (let i = 0; i < mine.length && total < LINES_PER_LANGUAGE; i += stride) {
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

function asNewFile(text: string): string {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n')
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`
}

/** A path the engine treats as application code: the sample's place under its root, never a test path. */
function reviewPath(file: string): string {
  return file.replace(/^.*?node_modules\//, 'src/').replace(/^\/usr\/lib\/python3\.\d+\//, 'pylib/')
}

async function main() {
  await loadSyntaxRuntimeInNode()
  const roots = options('root').length > 0 ? options('root') : defaultRoots()
  const files: string[] = []
  for (const r of roots) walk(r, files)
  const summary: Record<string, { files: number; lines: number; findings: number; per1k: number; byRule: Record<string, number> }> = {}
  const shown: string[] = []
  for (const language of ['python', 'javascript', 'typescript'] as const) {
    const picked = sample(files, language)
    const byRule: Record<string, number> = {}
    let findings = 0
    let lines = 0
    for (const file of picked) {
      const result = reviewChangeset([{ path: reviewPath(file.path), diff: asNewFile(file.text), content: file.text }], { profile })
      if (result.files[0]?.skipped) continue
      lines += file.lines
      const lineFindings = result.findings.filter((f: Finding) => f.line !== null)
      findings += lineFindings.length
      for (const f of lineFindings) {
        byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1
        if (SHOW && f.ruleId === SHOW) shown.push(`${file.path}:${f.line}: ${file.text.split('\n')[f.line! - 1]?.trim().slice(0, 160)}\n    ${f.message.slice(0, 200)}`)
      }
    }
    summary[language] = { files: picked.length, lines, findings, per1k: lines === 0 ? 0 : Math.round((findings * 1000 * 100) / lines) / 100, byRule }
  }
  console.log(`noise on unlabelled third-party code, profile ${profile} (findings per 1,000 added lines; target <= 1)`)
  for (const [language, s] of Object.entries(summary)) {
    console.log(`\n${language.padEnd(11)} ${String(s.files).padStart(5)} files ${String(s.lines).padStart(7)} lines ${String(s.findings).padStart(5)} findings  ${s.per1k.toFixed(2)} per 1k`)
    for (const [rule, n] of Object.entries(s.byRule).sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${rule.padEnd(40)} ${String(n).padStart(5)}`)
  }
  if (SHOW) console.log(`\n${SHOW}:\n${shown.join('\n')}`)
  console.log(JSON.stringify({ profile, ...Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, { lines: v.lines, findings: v.findings, per1k: v.per1k }])) }))
}

await main()
