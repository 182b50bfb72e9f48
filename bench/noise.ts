/**
 * Noise on real, unlabelled code: third-party source already on this machine (the Python standard
 * library, JavaScript packages under node_modules) reviewed as new files in one profile, counted
 * as findings per 1,000 added lines, per language and per rule. Nothing here is labelled: a rule
 * near the top of the table is where to look for false positives (`--show <rule id>` prints its
 * findings with the line they point at, `--list` every finding).
 *
 *   npx tsx bench/noise.ts [--profile default|strict|prototype] [--lines 40000] [--show <rule id> | --list] [--root <dir> ... | --apps]
 *
 * `--apps` reviews application and auth code instead of libraries (views, login flows, token handling, templates:
 * where a security rule's look-alikes live); fetch it once with `bash scripts/fetch-app-code.sh`.
 *
 * Files are chosen deterministically (sorted paths, every k-th file) until each language reaches
 * `--lines` added lines, so runs on one machine compare. Test directories are skipped: the
 * benchmark is about application and library code. The last line is one JSON summary.
 */
import { reviewChangeset } from '../src/review/engine'
import { PROFILES, type Finding, type Profile } from '../src/review/types'
import { loadSyntaxRuntimeInNode } from './lib/node-wasm'
import { appRoots, asNewFile, defaultRoots, reviewPath, sampleFiles, sourceFiles } from './lib/real-code'

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
// `--list` prints every finding, whatever its rule.
const LIST = process.argv.includes('--list')
const SHOW = LIST ? '*' : option('show')

async function main() {
  await loadSyntaxRuntimeInNode()
  const roots = process.argv.includes('--apps') ? appRoots() : options('root').length > 0 ? options('root') : defaultRoots()
  const files = sourceFiles(roots)
  const summary: Record<string, { files: number; lines: number; findings: number; per1k: number; byRule: Record<string, number> }> = {}
  const shown: string[] = []
  for (const language of ['python', 'javascript', 'typescript'] as const) {
    const picked = sampleFiles(files, language, LINES_PER_LANGUAGE)
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
        if (SHOW && (LIST || f.ruleId === SHOW)) shown.push(`${LIST ? `[${f.ruleId}] ` : ''}${file.path}:${f.line}: ${file.text.split('\n')[f.line! - 1]?.trim().slice(0, 160)}\n    ${f.message.slice(0, 200)}`)
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
