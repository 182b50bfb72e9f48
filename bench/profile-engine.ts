/**
 * Where a review's CPU goes, for the engine as deployed: reviews a workload many times in the
 * bundle (bench/lib/deployed.ts) under V8's sampling profiler and prints self time per function
 * and inclusive time per function, as bench/profile-dev.mjs does for the local dev server.
 *
 *   npx tsx bench/profile-engine.ts [--workload bench|corpus|real|<payload.json>] [--seconds 20] [--out /tmp/engine.cpuprofile]
 *   npx tsx bench/profile-engine.ts --workload corpus --cpu [--rounds 7]
 *
 * `--cpu` does not profile: it prints the median CPU time of `--rounds` rounds (after one to warm
 * up), the figure to compare between two builds run alternately on a loaded machine.
 *
 *   npx tsx bench/profile-engine.ts --workload bench --against /tmp/base-checkout [--rounds 15]
 *
 * `--against <checkout>` times this checkout's engine and that one's in one process, round by
 * round alternately (each bundled as deployed with its own parser runtime), and prints each
 * side's median CPU per round and the median of the per-pair ratios (this ÷ that): load on a
 * shared machine moves both sides of a pair alike. The workload is this checkout's.
 *
 * `bench` is the generated changeset of bench/engine.ts (60,000 added lines), a `.json` file a load-tool
 * request body (`node /work/shared/bench/load.mjs --dump-payload --payload medium`), `corpus` the
 * labelled corpus (test/corpus, each case's diff as bench/quality.ts builds it) in the default profile, `real` the real-code sample of
 * bench/noise.ts (each file as a new file with its content beside it).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { reviewChangeset } from '../src/review/engine'
import type { Profile, ReviewInputFile } from '../src/review/types'
import { generateCorpus } from './corpus'
import { bundleEngineOf, rerunAsDeployed } from './lib/deployed'
import { nodeWasmModules } from './lib/node-wasm'
import { loadSyntaxRuntimeInNode } from './lib/node-wasm'
import { rmSync } from 'node:fs'
import { asNewFile, defaultRoots, reviewPath, sampleFiles, sourceFiles } from './lib/real-code'
import { loadCorpus } from './quality-case'
import { buildDiff } from './quality-diff'
import { readTree } from './lib/read-tree'

// The bundle runs from node_modules/.cache: paths are the project's, where the script is started.
const root = process.cwd()

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1]! : fallback
}

/** The changesets one round of the workload reviews, with the profile each is reviewed in. */
function workload(name: string): Array<{ inputs: ReviewInputFile[]; profile: Profile }> {
  if (name === 'bench') return [{ inputs: generateCorpus({ seed: 1, addedLines: 60_000 }).inputs, profile: 'strict' }]
  // A load-tool request body (`node /work/shared/bench/load.mjs --dump-payload --payload medium`), reviewed as the queue does.
  if (name.endsWith('.json')) {
    const body = JSON.parse(readFileSync(name, 'utf8')) as { files: Array<{ file_path: string; diff_content: string; content?: string }> }
    const inputs = body.files.map((f) => ({ path: f.file_path, diff: f.diff_content, ...(typeof f.content === 'string' ? { content: f.content } : {}) }))
    return [{ inputs, profile: 'default' }]
  }
  if (name === 'corpus') {
    const { cases } = loadCorpus(readTree(path.join(root, 'test/corpus')))
    return cases.map((c) => ({ inputs: [{ path: c.path, diff: buildDiff(c.path, c.after, c.before).text }], profile: 'default' as const }))
  }
  const files = sourceFiles(defaultRoots())
  const out: Array<{ inputs: ReviewInputFile[]; profile: Profile }> = []
  for (const language of ['python', 'javascript', 'typescript'] as const) {
    for (const file of sampleFiles(files, language, 40_000)) {
      out.push({ inputs: [{ path: reviewPath(file.path), diff: asNewFile(file.text), content: file.text }], profile: 'default' })
    }
  }
  return out
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

function summarise(profile: { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number }, top: number): void {
  const sampleMs = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length)
  const hits = new Map<number, number>()
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1)
  const self = new Map<string, number>()
  let total = 0
  for (const node of profile.nodes) {
    const ms = (hits.get(node.id) ?? 0) * sampleMs
    if (!ms) continue
    total += ms
    const f = node.callFrame
    const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''
    const key = `${f.functionName || '(anonymous)'} ${where}`
    self.set(key, (self.get(key) ?? 0) + ms)
  }
  const parentOf = new Map<number, ProfileNode>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const inclusive = new Map<string, number>()
  for (const [id, count] of hits) {
    const seen = new Set<string>()
    for (let node = byId.get(id); node; node = parentOf.get(node.id)) {
      const name = node.callFrame.functionName
      if (!name || name.startsWith('(') || seen.has(name)) continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + count * sampleMs)
    }
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`)
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(6)}%  ${name}`)
    }
  }
  console.log(`${(total / 1000).toFixed(1)} s sampled`)
  print('self time by function', self)
  print('inclusive time by function', inclusive)
}

interface EngineBuild {
  reviewChangeset: typeof reviewChangeset
  loadSyntaxRuntime(modules: ReturnType<typeof nodeWasmModules>): Promise<unknown>
}

/** This checkout's engine and `other`'s, alternated round by round in one process. */
async function against(other: string, rounds: Array<{ inputs: ReviewInputFile[]; profile: Profile }>): Promise<void> {
  const load = async (tree: string, tag: string): Promise<EngineBuild> => {
    const file = await bundleEngineOf(tree, path.join(root, `node_modules/.cache/bench/engine-${tag}-${process.pid}.mjs`))
    try {
      const engine = (await import(file)) as EngineBuild
      await engine.loadSyntaxRuntime(nodeWasmModules())
      return engine
    } finally {
      rmSync(file, { force: true })
    }
  }
  const sides = [await load(root, 'this'), await load(path.resolve(other), 'that')]
  const cpu = (engine: EngineBuild) => {
    const before = process.cpuUsage()
    for (const { inputs, profile } of rounds) engine.reviewChangeset(inputs, { profile })
    const used = process.cpuUsage(before)
    return (used.user + used.system) / 1000
  }
  for (const engine of sides) cpu(engine) // warm up
  const mine: number[] = []
  const theirs: number[] = []
  const n = Number(option('rounds', '15'))
  for (let i = 0; i < n; i++) {
    // Alternate which side goes first, so neither always runs right after the other's garbage.
    if (i % 2) {
      theirs.push(cpu(sides[1]!))
      mine.push(cpu(sides[0]!))
    } else {
      mine.push(cpu(sides[0]!))
      theirs.push(cpu(sides[1]!))
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
  const ratios = mine.map((m, i) => m / theirs[i]!)
  // The bench workload is bench/engine.ts's changeset, whose MB/s (of CPU time) is the engine's headline figure.
  const mb = rounds.reduce((sum, { inputs }) => sum + inputs.reduce((n, i) => n + new TextEncoder().encode(i.diff).length, 0), 0) / 1e6
  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(2)} MB/s`
  console.log(
    `${option('workload', 'bench')} (${mb.toFixed(2)} MB), ${n} alternating pairs: this ${median(mine).toFixed(1)} ms CPU per round (${rate(median(mine))}), ${other} ${median(theirs).toFixed(1)} ms (${rate(median(theirs))}); this ÷ that ${median(ratios).toFixed(3)}x (median of pairs; spread ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})`,
  )
}

async function main(): Promise<void> {
  const rounds = workload(option('workload', 'bench'))
  if (process.argv.includes('--against')) return against(option('against', ''), rounds)
  await loadSyntaxRuntimeInNode()
  const seconds = Number(option('seconds', '20'))
  const round = () => {
    for (const { inputs, profile } of rounds) reviewChangeset(inputs, { profile })
  }
  round() // warm up
  if (process.argv.includes('--cpu')) {
    const samples: number[] = []
    for (let i = Number(option('rounds', '7')); i > 0; i--) {
      const before = process.cpuUsage()
      round()
      const used = process.cpuUsage(before)
      samples.push((used.user + used.system) / 1000)
    }
    samples.sort((a, b) => a - b)
    console.log(`${option('workload', 'bench')}: ${samples[samples.length >> 1]!.toFixed(1)} ms CPU per round (median of ${samples.length}; ${samples.map((s) => s.toFixed(0)).join(' ')})`)
    return
  }
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 250 })
  await session.post('Profiler.start')
  const started = process.cpuUsage()
  let n = 0
  const deadline = performance.now() + seconds * 1000
  while (performance.now() < deadline) {
    round()
    n++
  }
  const used = process.cpuUsage(started)
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  console.log(`${n} rounds, ${((used.user + used.system) / 1000 / n).toFixed(1)} ms CPU per round`)
  const out = process.argv.indexOf('--out')
  if (out >= 0) writeFileSync(process.argv[out + 1]!, JSON.stringify(profile))
  summarise(profile as never, Number(option('top', '40')))
}

const status = await rerunAsDeployed(fileURLToPath(import.meta.url))
if (status !== undefined) process.exitCode = status
else await main()
