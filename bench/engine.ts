/**
 * Review engine benchmark: parse-only and full-review throughput on a large generated
 * changeset, CPU time for a 10,000-added-line changeset, and the ten most expensive rules.
 *
 *   npx tsx bench/engine.ts [--lines 60000] [--iterations 10] [--seed 1] [--enforce]
 *   npx tsx bench/engine.ts --memory [--mb 1]
 *   npx tsx bench/engine.ts --payload /tmp/medium.json [--iterations 10]
 *
 * `--payload` reviews a load-tool request body (`node /work/shared/bench/load.mjs --dump-payload
 * --payload medium`) as the queue consumer does and reports CPU per review beside the parse alone.
 *
 * The figures are for the engine as deployed: the script bundles itself as wrangler bundles the
 * Worker (bench/lib/deployed.ts) and runs the bundle; `--source` runs it under tsx's transform.
 *
 * `--memory` reviews one generated Python file of about `--mb` megabytes, every line added, in a
 * fresh process (started with `--expose-gc`) and reports the JS heap's high-water mark, the
 * parsers' WebAssembly growth and the peak RSS; the target is < 64 MB (heap peak + wasm) for 1 MB,
 * held against the live working set (see MEMORY_MODES), with Node's default sizing printed beside it.
 *
 * Targets: >= 5 MB/s of CPU time for a full review with every rule on (parsing included), < 250 ms CPU for 10k added lines,
 * and every hostile shape (bench/pathological.ts) within 10x of the corpus's time per MB.
 * `--enforce` exits 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { GCProfiler } from 'node:v8'
import { parseUnifiedDiff } from '../src/review/diff'
import { reviewChangeset } from '../src/review/engine'
import { allRules } from '../src/review/rules'
import { createFileUnderReview } from '../src/review/context'
import { detectLanguage, isTestPath } from '../src/review/language'
import type { GrammarName, SyntaxRuntime } from '../src/review/syntax/runtime'
import { grammarFor, newSideSource } from '../src/review/syntax/source'
import type { ReviewInputFile, Rule } from '../src/review/types'
import { generateCorpus } from './corpus'
import { rerunAsDeployed, runsAsDeployed } from './lib/deployed'
import { loadSyntaxRuntimeInNode } from './lib/node-wasm'
import { pathologicalShapes } from './pathological'

const COMMAND = 'npx tsx bench/engine.ts'
// Syntax rules parse every Python/JS/TS file (tree-sitter in wasm), so the targets are the
// syntax engine's: >= 5 MB/s end to end and < 250 ms CPU for 10k added lines.
const TARGET_MB_S = 5
const TARGET_CPU_MS = 250
// Hostile input may cost at most this many times what ordinary code costs per MB.
const TARGET_PATHOLOGICAL_FACTOR = 10
const TARGET_PEAK_MB = 64

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function timeMs(run: () => void, warmup: number, iterations: number): number {
  for (let i = 0; i < warmup; i++) run()
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const started = performance.now()
    run()
    samples.push(performance.now() - started)
  }
  return median(samples)
}

function cpuMs(run: () => void, warmup: number, iterations: number): number {
  for (let i = 0; i < warmup; i++) run()
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const before = process.cpuUsage()
    run()
    const used = process.cpuUsage(before)
    samples.push((used.user + used.system) / 1000)
  }
  return median(samples)
}

/** Wraps every rule so each call's time is charged to it; adds a little overhead to each call. */
function profileRules(rules: readonly Rule[]): { rules: Rule[]; cost: Map<string, { ms: number; calls: number }> } {
  const cost = new Map<string, { ms: number; calls: number }>()
  const timed = <A, R>(id: string, check: (arg: A) => R) => {
    const entry = { ms: 0, calls: 0 }
    cost.set(id, entry)
    return (arg: A): R => {
      const started = performance.now()
      try {
        return check(arg)
      } finally {
        entry.ms += performance.now() - started
        entry.calls++
      }
    }
  }
  const wrapped = rules.map((rule): Rule => {
    switch (rule.kind) {
      case 'line':
        return { ...rule, check: timed(rule.meta.id, rule.check.bind(rule)) }
      case 'file':
        return { ...rule, check: timed(rule.meta.id, rule.check.bind(rule)) }
      case 'changeset':
        return { ...rule, check: timed(rule.meta.id, rule.check.bind(rule)) }
    }
  })
  return { rules: wrapped, cost }
}

function pad(text: string | number, width: number, right = false): string {
  const s = String(text)
  return right ? s.padStart(width) : s.padEnd(width)
}

function main(runtime: SyntaxRuntime): void {
  const lines = flag('lines', 60000)
  const iterations = flag('iterations', 10)
  const seed = flag('seed', 1)
  const warmup = 3
  console.log(`$ ${COMMAND} --lines ${lines} --iterations ${iterations} --seed ${seed}`)
  console.log(`node ${process.version}, ${allRules.length} rules, ${runsAsDeployed() ? 'bundled as deployed (bench/lib/deployed.ts)' : "tsx's transform (--source)"}\n`)

  const corpus = generateCorpus({ seed, addedLines: lines })
  const bytes = new TextEncoder().encode(corpus.text).length
  const mb = bytes / 1e6
  const strict = { profile: 'strict' } as const
  const sample = reviewChangeset(corpus.inputs, strict)
  console.log(`corpus: ${corpus.inputs.length} files, ${mb.toFixed(2)} MB, ${corpus.addedLines} added lines, ${sample.findings.length} findings kept (${sample.truncated} truncated)\n`)

  // The texts the syntax rules parse (new side of each Python/JS/TS file), to time tree-sitter alone.
  const sources = syntaxSources(corpus.inputs)
  const stages: Array<[string, () => void]> = [
    ['diff parsing only', () => parseUnifiedDiff(corpus.text)],
    ['tree-sitter parse only', () => sources.forEach(([grammar, text]) => runtime.parseOnly(grammar, text))],
    ['tree-sitter parse + tree copy', () => sources.forEach(([grammar, text]) => runtime.parse(grammar, text))],
    ['review, no rules', () => reviewChangeset(corpus.inputs, strict, { rules: [] })],
    [`review, all ${allRules.length} rules (strict)`, () => reviewChangeset(corpus.inputs, strict)],
  ]
  // Both clocks, interleaved stage by stage in one run: the machine's load moves wall time, and
  // the target is for one core, so the CPU column decides.
  const rows = stages.map(([name, run]) => ({ name, ms: timeMs(run, warmup, iterations), cpu: cpuMs(run, 1, iterations) }))
  const reviewMs = rows[rows.length - 1]!.ms
  const reviewCpu = rows[rows.length - 1]!.cpu
  const parseCpu = rows[1]!.cpu

  const small = generateCorpus({ seed: seed + 1, addedLines: 10000 })
  const cpu10k = cpuMs(() => reviewChangeset(small.inputs, strict), warmup, Math.max(iterations, 15))

  console.log(`${pad('stage', 34)}${pad('wall ms', 10, true)}${pad('CPU ms', 10, true)}${pad('MB/s (CPU)', 12, true)}${pad('added lines/s', 16, true)}${pad('x parse', 9, true)}`)
  for (const { name, ms, cpu } of rows) {
    console.log(
      `${pad(name, 34)}${pad(ms.toFixed(1), 10, true)}${pad(cpu.toFixed(1), 10, true)}${pad((mb / (cpu / 1000)).toFixed(1), 12, true)}${pad(Math.round(corpus.addedLines / (cpu / 1000)).toLocaleString('en-US'), 16, true)}${pad((cpu / parseCpu).toFixed(2), 9, true)}`,
    )
  }
  const parsedChars = sources.reduce((n, [, text]) => n + text.length, 0)
  console.log(
    `\ntree-sitter alone: ${(parseCpu / (parsedChars / 1e6)).toFixed(0)} ms CPU per million characters parsed (${(parsedChars / 1e6).toFixed(2)} M of the corpus's ${mb.toFixed(2)} MB are Python/JS/TS new-side text), so no review that parses them can beat ${(mb / (parseCpu / 1000)).toFixed(1)} MB/s here; the review costs ${(reviewCpu / parseCpu).toFixed(2)}x the parse`,
  )
  console.log(`10,000 added lines, all rules: ${cpu10k.toFixed(1)} ms CPU (median of ${Math.max(iterations, 15)}; target < ${TARGET_CPU_MS} ms)`)

  const profiled = profileRules(allRules)
  reviewChangeset(corpus.inputs, strict, { rules: profiled.rules })
  const top = [...profiled.cost.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10)
  console.log(`\nslowest rules over the corpus (one pass, ${corpus.addedLines} added lines):`)
  console.log(`${pad('rule', 44)}${pad('ms', 9, true)}${pad('calls', 10, true)}${pad('µs/1k lines', 13, true)}`)
  for (const [id, { ms, calls }] of top) {
    console.log(`${pad(id, 44)}${pad(ms.toFixed(2), 9, true)}${pad(calls, 10, true)}${pad(((ms * 1000) / (corpus.addedLines / 1000)).toFixed(1), 13, true)}`)
  }
  console.log('(the syntax rules share one parse and def-use pass per file: the first of them to run on a file is charged for it)')

  const hostile = benchPathological(corpus.inputs, mb, reviewMs, warmup, iterations)

  const reviewMbS = mb / (reviewCpu / 1000)
  const worst = Math.max(...hostile.map((h) => h.vs_normal))
  const met = reviewMbS >= TARGET_MB_S && cpu10k < TARGET_CPU_MS && worst <= TARGET_PATHOLOGICAL_FACTOR
  console.log(
    `\ntargets (>= ${TARGET_MB_S} MB/s, < ${TARGET_CPU_MS} ms CPU per 10k lines, hostile input <= ${TARGET_PATHOLOGICAL_FACTOR}x ordinary per MB): ${met ? 'met' : 'MISSED'}`,
  )
  console.log(
    JSON.stringify({
      bench: 'review-engine',
      rules: allRules.length,
      corpus_mb: Number(mb.toFixed(3)),
      added_lines: corpus.addedLines,
      diff_parse_mb_s: Number((mb / (rows[0]!.cpu / 1000)).toFixed(1)),
      tree_sitter_mb_s: Number((mb / (parseCpu / 1000)).toFixed(1)),
      tree_sitter_ms_per_mchar: Number((parseCpu / (parsedChars / 1e6)).toFixed(0)),
      review_mb_s: Number(reviewMbS.toFixed(2)),
      review_wall_mb_s: Number((mb / (reviewMs / 1000)).toFixed(2)),
      review_vs_parse: Number((reviewCpu / parseCpu).toFixed(2)),
      review_lines_s: Math.round(corpus.addedLines / (reviewCpu / 1000)),
      cpu_10k_ms: Number(cpu10k.toFixed(1)),
      pathological_worst_vs_normal: Number(worst.toFixed(2)),
      pathological: hostile,
      targets_met: met,
    }),
  )
  if (!met && process.argv.includes('--enforce')) process.exitCode = 1
}

/** Each Python/JS/TS file's new-side text and grammar, as the syntax analysis builds them. */
function syntaxSources(inputs: readonly ReviewInputFile[]): Array<[GrammarName, string]> {
  const out: Array<[GrammarName, string]> = []
  for (const input of inputs) {
    for (const parsed of parseUnifiedDiff(input.diff, input.path)) {
      const file = createFileUnderReview(parsed, detectLanguage(parsed.path), isTestPath(parsed.path))
      const grammar = grammarFor(file)
      if (grammar) out.push([grammar, newSideSource(file).text])
    }
  }
  return out
}

interface HostileFigures {
  shape: string
  mb: number
  mb_s: number
  /** Time per MB against the ordinary corpus's. */
  vs_normal: number
  /** Work-budget units per diff byte (see src/review/budget.ts). */
  units_per_byte: number
  files_over_budget: number
}

/** Every hostile shape beside the ordinary corpus: time per MB, the ratio to ordinary code, work units. */
function benchPathological(normal: ReviewInputFile[], normalMb: number, normalMs: number, warmup: number, iterations: number): HostileFigures[] {
  const strict = { profile: 'strict' } as const
  const unitsPerByte = (inputs: ReviewInputFile[], bytes: number) => {
    let units = 0
    reviewChangeset(inputs, strict, { onFileMetered: (_path, used) => (units += used) })
    return units / bytes
  }
  const normalMsPerMb = normalMs / normalMb
  const rows = pathologicalShapes(allRules).map((shape): HostileFigures => {
    const mb = shape.bytes / 1e6
    const ms = timeMs(() => reviewChangeset(shape.inputs, strict), Math.min(warmup, 1), Math.max(3, Math.ceil(iterations / 3)))
    const over = reviewChangeset(shape.inputs, strict).files.filter((f) => f.skipped?.startsWith('review budget')).length
    return {
      shape: shape.name,
      mb: Number(mb.toFixed(3)),
      mb_s: Number((mb / (ms / 1000)).toFixed(1)),
      vs_normal: Number((ms / mb / normalMsPerMb).toFixed(2)),
      units_per_byte: Number(unitsPerByte(shape.inputs, shape.bytes).toFixed(1)),
      files_over_budget: over,
    }
  })
  const normalUnits = unitsPerByte(normal, normalMb * 1e6)
  console.log(`\nhostile input (bench/pathological.ts) beside the corpus, all rules (strict):`)
  console.log(`${pad('input', 56)}${pad('MB', 7, true)}${pad('MB/s', 8, true)}${pad('x corpus', 10, true)}${pad('units/B', 9, true)}${pad('over budget', 13, true)}`)
  console.log(`${pad('ordinary corpus', 56)}${pad(normalMb.toFixed(2), 7, true)}${pad((normalMb / (normalMs / 1000)).toFixed(1), 8, true)}${pad('1.00', 10, true)}${pad(normalUnits.toFixed(1), 9, true)}${pad(0, 13, true)}`)
  for (const r of rows) {
    console.log(`${pad(r.shape, 56)}${pad(r.mb.toFixed(2), 7, true)}${pad(r.mb_s.toFixed(1), 8, true)}${pad(r.vs_normal.toFixed(2), 10, true)}${pad(r.units_per_byte.toFixed(1), 9, true)}${pad(r.files_over_budget, 13, true)}`)
  }
  return rows
}

/** One Python file of about `mb` megabytes as a new-file diff: the clean lines of the corpus, indented as a module. */
function bigPythonFile(mb: number): ReviewInputFile {
  const corpus = generateCorpus({ seed: 7, addedLines: Math.ceil(mb * 100000) })
  const body: string[] = []
  let bytes = 0
  for (const input of corpus.inputs) {
    if (!input.path.endsWith('.py')) continue
    for (const line of input.diff.split('\n')) {
      if (!line.startsWith('+') || line.startsWith('+++')) continue
      body.push(line)
      bytes += line.length
      if (bytes >= mb * 1e6) break
    }
    if (bytes >= mb * 1e6) break
  }
  return { path: 'app/big_module.py', diff: `diff --git a/app/big_module.py b/app/big_module.py\nnew file mode 100644\n--- /dev/null\n+++ b/app/big_module.py\n@@ -0,0 +1,${body.length} @@\n${body.join('\n')}\n` }
}

interface MemoryFigures {
  /** JS heap high-water mark over the review, garbage not yet collected included. */
  heapPeak: number
  /** JS heap still held right after the review, and after a full collection. */
  heapAfter: number
  heapRetained: number
  /** WebAssembly memory the parsers grew by (it never shrinks; see SyntaxRuntime.wasmBytes). */
  wasmGrowth: number
  /** Resident set growth at its peak, or an upper bound when loading peaked higher. */
  rssPeak: number
  rssBounded: boolean
}

/**
 * Peak memory of one review, measured in a process of its own with `--expose-gc`: the heap's
 * high-water mark is the largest heap any collection found before it ran (V8's GC profiler
 * reports each one) or the heap at the end, whichever is larger; the parsers' share is the
 * growth of their WebAssembly memory; RSS is what the operating system saw.
 */
function measureReview(runtime: SyntaxRuntime, input: ReviewInputFile): { figures: MemoryFigures; findings: number; fallback: boolean } {
  const gc = globalThis.gc!
  gc()
  gc()
  const before = process.memoryUsage()
  const maxRssBefore = process.resourceUsage().maxRSS * 1024
  const wasmBefore = runtime.wasmBytes()
  const profiler = new GCProfiler()
  profiler.start()
  const result = reviewChangeset([input], { profile: 'strict' })
  const end = process.memoryUsage()
  const gcs = profiler.stop()?.statistics ?? []
  const maxRssAfter = process.resourceUsage().maxRSS * 1024
  gc()
  const retained = process.memoryUsage().heapUsed
  let heapPeak = end.heapUsed
  for (const event of gcs) heapPeak = Math.max(heapPeak, event.beforeGC.heapStatistics.usedHeapSize)
  // maxRSS is a high-water mark since the process started: when loading peaked above anything
  // the review reached, all that is known is that the review stayed under that peak.
  const rssBounded = maxRssAfter <= maxRssBefore
  return {
    figures: {
      heapPeak: heapPeak - before.heapUsed,
      heapAfter: end.heapUsed - before.heapUsed,
      heapRetained: retained - before.heapUsed,
      wasmGrowth: runtime.wasmBytes() - wasmBefore,
      rssPeak: Math.max(0, Math.max(maxRssAfter, maxRssBefore) - before.rss),
      rssBounded,
    },
    findings: result.findings.length,
    fallback: result.files[0]?.problems.some((p) => p.fallback) ?? false,
  }
}

/**
 * The processes `--memory` runs. A collection's "before" size is live data plus whatever garbage
 * the heap held, and Node 24 sizes the young generation at tens of MiB, so the default figure says
 * more about V8's sizing than about the review. Capping the young generation at 1 MiB removes most
 * young garbage, but objects that lived through two scavenges (a file's syntax tree, its line
 * caches) are promoted and stay counted until a full collection, which a short review may never
 * see. Making every collection a full one (`--gc-global`) leaves only the live heap plus at most
 * 1 MiB: that is what the engine needs, and it is the figure held to the target. It is the slowest.
 */
const MEMORY_MODES = {
  live: { flags: ['--max-semi-space-size=1', '--gc-global'], label: 'every collection full, young generation capped at 1 MiB: live working set', target: true },
  'working-set': { flags: ['--max-semi-space-size=1'], label: 'young generation capped at 1 MiB: promoted garbage awaiting a full collection included', target: false },
  'node-default': { flags: [], label: "Node's default young generation: garbage awaiting collection included", target: false },
} as const
type MemoryMode = keyof typeof MEMORY_MODES

function memory(runtime: SyntaxRuntime): void {
  const mb = flag('mb', 1)
  if (typeof globalThis.gc !== 'function') {
    // Collections must be forced for a clean baseline, and each measurement wants a fresh process.
    console.log(`$ ${COMMAND} --memory --mb ${mb}`)
    let status = 0
    for (const [mode, { flags }] of Object.entries(MEMORY_MODES)) {
      const loader = runsAsDeployed() ? [] : ['--import', 'tsx']
      const args = ['--expose-gc', ...flags, ...loader, fileURLToPath(import.meta.url), ...process.argv.slice(2), '--mode', mode]
      const child = spawnSync(process.execPath, args, { stdio: 'inherit' })
      status ||= child.status ?? 1
    }
    process.exitCode = status
    return
  }
  const at = process.argv.indexOf('--mode')
  const requested = at >= 0 ? process.argv[at + 1] : undefined
  const mode: MemoryMode = requested !== undefined && Object.hasOwn(MEMORY_MODES, requested) ? (requested as MemoryMode) : 'live'
  const { label, target } = MEMORY_MODES[mode]
  const input = bigPythonFile(mb)
  const mib = (n: number) => (n / 1048576).toFixed(1)
  const { figures: m, findings, fallback } = measureReview(runtime, input)
  const peak = m.heapPeak + m.wasmGrowth
  console.log(`\n${mode} (${label}):`)
  console.log(`file: ${(input.diff.length / 1e6).toFixed(2)} MB, every line added, ${findings} findings, fallback: ${fallback ? 'yes' : 'no'}`)
  console.log(`JS heap: +${mib(m.heapPeak)} MiB at its peak (garbage included), +${mib(m.heapAfter)} MiB at the end, +${mib(m.heapRetained)} MiB still held after a full collection`)
  console.log(`parser (wasm) memory: +${mib(m.wasmGrowth)} MiB (kept for the isolate's life and reused by the next parse)`)
  console.log(`peak: +${mib(peak)} MiB (heap peak + wasm growth${target ? `; target < ${TARGET_PEAK_MB}` : ''}); RSS: ${m.rssBounded ? '<= ' : ''}+${mib(m.rssPeak)} MiB over the loaded runtime`)
  console.log(
    JSON.stringify({
      bench: 'review-engine-memory',
      mode,
      file_mb: Number((input.diff.length / 1e6).toFixed(2)),
      peak_mib: Number(mib(peak)),
      heap_peak_mib: Number(mib(m.heapPeak)),
      heap_retained_mib: Number(mib(m.heapRetained)),
      wasm_growth_mib: Number(mib(m.wasmGrowth)),
      rss_peak_mib: Number(mib(m.rssPeak)),
      rss_upper_bound: m.rssBounded,
      ...(target ? { target_met: peak / 1048576 < TARGET_PEAK_MB } : {}),
    }),
  )
  if (target && peak / 1048576 >= TARGET_PEAK_MB && process.argv.includes('--enforce')) process.exitCode = 1
}

interface PayloadBody {
  files: Array<{ file_path: string; diff_content: string; content?: string }>
  options?: Record<string, unknown>
}

/** One request body reviewed as src/queue/analyze.ts reviews it, many times over: CPU per review and per stage. */
function payload(runtime: SyntaxRuntime, file: string): void {
  const iterations = flag('iterations', 50)
  const body = JSON.parse(readFileSync(file, 'utf8')) as PayloadBody
  const inputs: ReviewInputFile[] = body.files.map((f) => ({ path: f.file_path, diff: f.diff_content, ...(typeof f.content === 'string' ? { content: f.content } : {}) }))
  const { ai: _ai, ...options } = body.options ?? {}
  const bytes = inputs.reduce((n, f) => n + f.diff.length, 0)
  console.log(`$ ${COMMAND} --payload ${file} --iterations ${iterations}`)
  const result = reviewChangeset(inputs, options)
  const fallbacks = result.files.filter((f) => f.problems.some((p) => p.fallback)).length
  console.log(`payload: ${inputs.length} files, ${(bytes / 1000).toFixed(1)} KB of diff, ${result.findings.length} findings, ${fallbacks} files fell back to line rules`)
  const sources = syntaxSources(inputs)
  const stages: Array<[string, () => void]> = [
    ['tree-sitter parse only', () => sources.forEach(([grammar, text]) => runtime.parseOnly(grammar, text))],
    ['review, no rules', () => reviewChangeset(inputs, options, { rules: [] })],
    ['review (as the queue runs it)', () => reviewChangeset(inputs, options)],
  ]
  for (const [name, run] of stages) {
    const cpu = cpuMs(run, 5, iterations)
    console.log(`${pad(name, 34)}${pad(cpu.toFixed(2), 9, true)} ms CPU${pad((bytes / 1e6 / (cpu / 1000)).toFixed(2), 9, true)} MB/s`)
  }
  const profiled = profileRules(allRules)
  for (let i = 0; i < iterations; i++) reviewChangeset(inputs, options, { rules: profiled.rules })
  console.log(`\nslowest rules, ms per review (wall, mean of ${iterations}):`)
  for (const [id, { ms }] of [...profiled.cost.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) console.log(`${pad(id, 44)}${pad((ms / iterations).toFixed(2), 9, true)}`)
}

const status = await rerunAsDeployed(fileURLToPath(import.meta.url))
if (status !== undefined) {
  process.exitCode = status
} else {
  // The parsers load once, as the queue consumer does before its first review.
  const runtime = await loadSyntaxRuntimeInNode()
  const payloadAt = process.argv.indexOf('--payload')
  if (process.argv.includes('--memory')) memory(runtime)
  else if (payloadAt >= 0) payload(runtime, process.argv[payloadAt + 1]!)
  else main(runtime)
}
