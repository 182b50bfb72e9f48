/**
 * Review quality on the labelled corpus in test/corpus/: recall, precision and noise (findings
 * per 1,000 unlabelled added lines), per language, per kind and overall.
 *
 *   npx tsx bench/quality.ts [--corpus <dir>] [--profile default|strict|prototype] [--verbose] [--only <path prefix>] [--no-syntax]
 *
 * Targets (from the hidden third-party benchmarks the service is judged by): recall >= 0.85,
 * precision >= 0.95, noise <= 1 per 1,000 unlabelled added lines in the default profile.
 * `--verbose` lists every miss, false positive and noisy finding as file:line. `--no-syntax` skips
 * loading the parsers, so only line rules run (what a Worker sees when the parsers fail to load).
 * `--corpus` scores another corpus in the same format (test/corpus-holdout/, written apart from the
 * engine, measures how far the figures generalise). The last line of output is one JSON summary.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PROFILES, type Profile } from '../src/review/types'
import { loadSyntaxRuntimeInNode } from './lib/node-wasm'
import { CORPUS_LANGUAGES, loadCorpus } from './quality-case'
import { noisePer1k, precision, recall, scoreCorpus, type QualityReport, type Tally } from './quality-score'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_CORPUS = 'test/corpus'
const TARGETS = { recall: 0.85, precision: 0.95, noisePer1k: 1 }

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

/** The corpus as given (`--corpus`, relative to the repo root or absolute), for reading and for printed paths. */
const corpusArg = option('corpus') ?? DEFAULT_CORPUS
const CORPUS_DIR = path.resolve(root, corpusArg)
const CORPUS_LABEL = path.relative(root, CORPUS_DIR) || '.'

function readCorpus(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) Object.assign(files, readCorpus(path.join(dir, entry.name), rel))
    else files[rel] = readFileSync(path.join(dir, entry.name), 'utf8')
  }
  return files
}

const fmt = (value: number | null, digits = 2): string => (value === null ? '-' : value.toFixed(digits))
const pad = (text: string | number, width: number): string => String(text).padStart(width)

function row(name: string, t: Tally, noiseBase: number): string {
  const noise = noiseBase === 0 ? null : (t.noise * 1000) / noiseBase
  return [
    name.padEnd(24),
    pad(t.positives, 6),
    pad(t.hits, 6),
    pad(fmt(recall(t)), 7),
    pad(t.lookAlikes, 7),
    pad(t.truePositives, 6),
    pad(t.falsePositives, 6),
    pad(fmt(precision(t)), 7),
    pad(t.noise, 6),
    pad(fmt(noise), 9),
  ].join(' ')
}

const HEADER = ['', 'pos', 'hits', 'recall', 'ok-lbl', 'TP', 'FP', 'prec', 'noise', 'noise/1k'].map((h, i) => (i === 0 ? h.padEnd(24) : pad(h, [6, 6, 7, 7, 6, 6, 7, 6, 9][i - 1]!))).join(' ')

function printReport(report: QualityReport, verbose: boolean): void {
  const o = report.overall
  console.log(`corpus: ${o.cases} cases, ${o.addedLines} added lines (${o.unlabelledLines} unlabelled), ${o.positives} positive labels, ${o.lookAlikes} look-alike labels; profile ${report.profile}\n`)
  console.log(`by language\n${HEADER}`)
  for (const language of CORPUS_LANGUAGES) {
    const t = report.byLanguage[language]
    console.log(row(`${language} (${t.addedLines} lines)`, t, t.unlabelledLines))
  }
  console.log(row('all', o, o.unlabelledLines))

  console.log(`\nby kind (noise/1k over all ${o.unlabelledLines} unlabelled lines)\n${HEADER}${['py', 'js', 'ts'].map((l) => pad(l, 10)).join('')}`)
  const kinds = Object.keys(report.byKind).sort((a, b) => report.byKind[b]!.positives - report.byKind[a]!.positives || a.localeCompare(b))
  for (const kind of kinds) {
    const perLanguage = CORPUS_LANGUAGES.map((l) => {
      const t = report.byLanguageKind[`${l} ${kind}`]
      return pad(t && t.positives > 0 ? `${t.hits}/${t.positives}` : '-', 10)
    }).join('')
    console.log(row(kind, report.byKind[kind]!, o.unlabelledLines) + perLanguage)
  }

  const noisy = new Map<string, number>()
  for (const f of report.findings) if (f.outcome === 'noise') noisy.set(f.ruleId, (noisy.get(f.ruleId) ?? 0) + 1)
  if (noisy.size > 0) {
    console.log('\nnoise by rule')
    for (const [id, n] of [...noisy].sort((a, b) => b[1] - a[1])) console.log(`  ${pad(n, 4)}  ${id}`)
  }
  const lineless = Object.entries(report.lineless)
  if (lineless.length > 0) console.log(`\nfindings with no line (not scored): ${lineless.map(([id, n]) => `${id} ${n}`).join(', ')}`)
  const unmapped = Object.entries(report.unmapped)
  if (unmapped.length > 0) {
    console.log('\nrule ids not in RULE_KINDS (bench/quality-kinds.ts):')
    for (const [id, lookup] of unmapped) console.log(`  ${id} → ${lookup.via === 'name' ? `${lookup.kind} (by name)` : 'its own kind, never a hit'}`)
  }
  if (report.problems.length > 0) {
    console.log(`\ncorpus problems (${report.problems.length}):`)
    for (const p of report.problems) console.log(`  ${CORPUS_LABEL}/${p.id}${p.line ? `:${p.line}` : ''}: ${p.message}`)
  }

  if (verbose) {
    const misses = report.labels.filter((l) => l.label.polarity === 'expect' && !l.hit)
    console.log(`\nmisses (${misses.length})`)
    for (const m of misses) {
      const other = m.otherKinds.length > 0 ? ` [found ${[...new Set(m.otherKinds)].join(', ')} instead]` : ''
      console.log(`  ${CORPUS_LABEL}/${m.caseId}:${m.corpusLine}  ${m.label.kind}${other}  ${m.code.slice(0, 100)}`)
    }
    for (const outcome of ['look-alike', 'wrong-kind', 'noise'] as const) {
      const list = report.findings.filter((f) => f.outcome === outcome)
      console.log(`\n${outcome === 'noise' ? 'noise (findings on unlabelled lines)' : `false positives: ${outcome}`} (${list.length})`)
      for (const f of list) {
        const early = f.before === undefined ? '' : ` [before the sink at line ${f.before}]`
        console.log(`  ${CORPUS_LABEL}/${f.caseId}:${f.corpusLine}  ${f.ruleId} (${f.kind})${early}  ${f.code.slice(0, 100)}`)
      }
    }
  }
}

function summary(report: QualityReport, syntax: boolean): Record<string, unknown> {
  const o = report.overall
  const r = recall(o)
  const p = precision(o)
  const n = noisePer1k(o)
  const rounded = (v: number | null) => (v === null ? null : Number(v.toFixed(4)))
  const perLanguage = Object.fromEntries(
    CORPUS_LANGUAGES.map((l) => {
      const t = report.byLanguage[l]
      return [l, { recall: rounded(recall(t)), precision: rounded(precision(t)), noise_per_1k: rounded(noisePer1k(t)) }]
    }),
  )
  return {
    bench: 'review-quality',
    corpus: CORPUS_LABEL,
    profile: report.profile,
    syntax,
    cases: o.cases,
    added_lines: o.addedLines,
    unlabelled_lines: o.unlabelledLines,
    positives: o.positives,
    look_alikes: o.lookAlikes,
    hits: o.hits,
    true_positives: o.truePositives,
    false_positives: o.falsePositives,
    noise: o.noise,
    recall: rounded(r),
    precision: rounded(p),
    noise_per_1k: rounded(n),
    languages: perLanguage,
    kinds: Object.fromEntries(
      Object.entries(report.byKind)
        .filter(([, t]) => t.positives > 0)
        .map(([kind, t]) => [kind, { positives: t.positives, hits: t.hits, recall: rounded(recall(t)), precision: rounded(precision(t)) }]),
    ),
    targets_met: r !== null && p !== null && n !== null && r >= TARGETS.recall && p >= TARGETS.precision && n <= TARGETS.noisePer1k,
    corpus_problems: report.problems.length,
  }
}

/** Loads the parsers the syntax rules need; without them the engine runs its line rules only. */
async function loadSyntax(): Promise<boolean> {
  if (process.argv.includes('--no-syntax')) return false
  try {
    await loadSyntaxRuntimeInNode()
    return true
  } catch (error) {
    console.error(`parsers failed to load, line rules only: ${error instanceof Error ? error.message : String(error)}`)
    return false
  }
}

async function main(): Promise<void> {
  const profile = (option('profile') ?? 'default') as Profile
  if (!PROFILES.includes(profile)) {
    console.error(`--profile must be one of ${PROFILES.join(', ')}`)
    process.exit(2)
  }
  const only = option('only')
  const verbose = process.argv.includes('--verbose')
  const syntax = await loadSyntax()
  const files = readCorpus(CORPUS_DIR)
  const { cases, problems } = loadCorpus(files)
  const selected = only ? cases.filter((c) => c.id.startsWith(only)) : cases
  const report = scoreCorpus(selected, { profile })
  report.problems.unshift(...problems)
  const flags = [...(CORPUS_LABEL === DEFAULT_CORPUS ? [] : [`--corpus ${CORPUS_LABEL}`]), `--profile ${profile}`, ...(only ? [`--only ${only}`] : []), ...(verbose ? ['--verbose'] : []), ...(syntax ? [] : ['--no-syntax'])]
  console.log(`$ npx tsx bench/quality.ts ${flags.join(' ')}`)
  console.log(`engine: ${syntax ? 'syntax rules and line rules' : 'line rules only (parsers not loaded)'}`)
  printReport(report, verbose)
  const json = summary(report, syntax)
  console.log(
    `\ntargets (recall >= ${TARGETS.recall}, precision >= ${TARGETS.precision}, noise <= ${TARGETS.noisePer1k}/1k unlabelled lines): ${json.targets_met ? 'met' : 'MISSED'}`,
  )
  console.log(JSON.stringify(json))
  if (report.problems.length > 0) process.exitCode = 1
}

await main()
