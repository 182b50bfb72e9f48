/**
 * Where a review's CPU goes, for the engine as deployed: reviews a workload many times in the
 * bundle (bench/lib/deployed.ts) under V8's sampling profiler and prints self time per function
 * and inclusive time per function, as bench/profile-dev.mjs does for the local dev server.
 *
 *   npx tsx bench/profile-engine.ts [--workload bench|corpus|real] [--seconds 20] [--out /tmp/engine.cpuprofile]
 *   npx tsx bench/profile-engine.ts --workload corpus --cpu [--rounds 7]
 *
 * `--cpu` does not profile: it prints the median CPU time of `--rounds` rounds (after one to warm
 * up), the figure to compare between two builds run alternately on a loaded machine.
 *
 * `bench` is the generated changeset of bench/engine.ts (60,000 added lines), `corpus` the
 * labelled corpus (test/corpus, each case's diff as bench/quality.ts builds it) in the default profile, `real` the real-code sample of
 * bench/noise.ts (each file as a new file with its content beside it).
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { reviewChangeset } from '../src/review/engine'
import type { Profile, ReviewInputFile } from '../src/review/types'
import { generateCorpus } from './corpus'
import { rerunAsDeployed } from './lib/deployed'
import { loadSyntaxRuntimeInNode } from './lib/node-wasm'
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

async function main(): Promise<void> {
  await loadSyntaxRuntimeInNode()
  const rounds = workload(option('workload', 'bench'))
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
