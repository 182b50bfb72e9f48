/**
 * Every finding the engine reports (rule, file, line, message) on the labelled corpus, on real
 * third-party code (the files bench/noise.ts samples) and on the generated benchmark changeset,
 * in the default and strict profiles, one finding a line in a stable order. A change meant to
 * leave the findings alone (a speed-up) is checked by diffing this list before and after it:
 *
 *   npx tsx bench/findings.ts --out /tmp/before.txt          # on the old code
 *   npx tsx bench/findings.ts --against /tmp/before.txt      # on the new code: exit 1 on any difference
 *
 * `--corpus <dir>` reads another labelled corpus (default test/corpus); `--noise-lines <n>` is the
 * per-language line budget of the real-code sample (default 40000, as bench/noise.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { reviewChangeset } from '../src/review/engine'
import type { Finding, Profile, ReviewInputFile } from '../src/review/types'
import { generateCorpus } from './corpus'
import { loadSyntaxRuntimeInNode } from './lib/node-wasm'
import { asNewFile, defaultRoots, reviewPath, sampleFiles, sourceFiles } from './lib/real-code'
import { loadCorpus } from './quality-case'
import { scoreCorpus } from './quality-score'
import { readTree } from './lib/read-tree'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const PROFILES: readonly Profile[] = ['default', 'strict']

function line(source: string, profile: Profile, f: Finding): string {
  const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ')
  return [source, profile, f.filePath ?? '-', f.line ?? '-', f.endLine ?? '-', f.ruleId, f.severity, flat(f.message), flat(f.suggestion), f.fingerprint].join('\t')
}

/** The labelled corpus, each case reviewed as the quality benchmark reviews it. */
function corpusFindings(out: string[]): void {
  const dir = path.resolve(root, option('corpus') ?? 'test/corpus')
  const { cases } = loadCorpus(readTree(dir))
  for (const profile of PROFILES) {
    scoreCorpus(cases, {
      profile,
      review: (inputs, opts) => {
        const result = reviewChangeset(inputs, opts)
        for (const f of result.findings) out.push(line('corpus', profile, f))
        return result
      },
    })
  }
}

function noiseFindings(out: string[]): void {
  // The real-code sample of bench/noise.ts, chosen the same way.
  const files = sourceFiles(defaultRoots())
  const budget = Number(option('noise-lines') ?? 40_000)
  for (const language of ['python', 'javascript', 'typescript'] as const) {
    for (const file of sampleFiles(files, language, budget)) {
      // Both ways a client sends a file: the diff alone, and the diff with the whole file beside it.
      const inputs: ReviewInputFile[] = [{ path: reviewPath(file.path), diff: asNewFile(file.text), content: file.text }]
      for (const profile of PROFILES) for (const f of reviewChangeset(inputs, { profile }).findings) out.push(line('noise', profile, f))
    }
  }
}

/** The generated changeset of bench/engine.ts (modified files with context, several languages). */
function benchFindings(out: string[]): void {
  for (const seed of [1, 2]) {
    const corpus = generateCorpus({ seed, addedLines: 20_000 })
    for (const profile of PROFILES) for (const f of reviewChangeset(corpus.inputs, { profile }).findings) out.push(line(`bench-${seed}`, profile, f))
  }
}

async function main() {
  await loadSyntaxRuntimeInNode()
  const out: string[] = []
  corpusFindings(out)
  noiseFindings(out)
  benchFindings(out)
  const text = `${out.join('\n')}\n`
  const counts = new Map<string, number>()
  for (const l of out) counts.set(l.split('\t', 2).join(' '), (counts.get(l.split('\t', 2).join(' ')) ?? 0) + 1)
  console.log(`${out.length} findings: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`)
  const target = option('out')
  if (target) writeFileSync(target, text)
  const against = option('against')
  if (against) {
    const before = readFileSync(against, 'utf8').split('\n')
    const after = text.split('\n')
    const gone = multisetMinus(before, after)
    const added = multisetMinus(after, before)
    const reordered = gone.length === 0 && added.length === 0 && before.join('\n') !== after.join('\n')
    for (const l of gone.slice(0, 40)) console.log(`- ${l}`)
    for (const l of added.slice(0, 40)) console.log(`+ ${l}`)
    if (gone.length || added.length || reordered) {
      console.log(`DIFFERENT: ${gone.length} gone, ${added.length} new${reordered ? ', same findings in another order' : ''} (of ${before.length - 1} before)`)
      process.exitCode = 1
    } else console.log(`identical: ${after.length - 1} findings`)
  }
}

function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>()
  for (const l of b) left.set(l, (left.get(l) ?? 0) + 1)
  const out: string[] = []
  for (const l of a) {
    const n = left.get(l) ?? 0
    if (n > 0) left.set(l, n - 1)
    else out.push(l)
  }
  return out
}

await main()
