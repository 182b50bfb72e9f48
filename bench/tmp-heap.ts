import { readFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { reviewChangeset } from '../src/review/engine'
import { loadSyntaxRuntimeInNode } from './lib/node-wasm'
import { rerunAsDeployed } from './lib/deployed'
import { fileURLToPath } from 'node:url'
const status = await rerunAsDeployed(fileURLToPath(import.meta.url))
if (status === undefined) {
await loadSyntaxRuntimeInNode()
const body = JSON.parse(readFileSync('/tmp/medium.json', 'utf8'))
const inputs = body.files.map((f: any) => ({ path: f.file_path, diff: f.diff_content }))
for (let i = 0; i < 20; i++) reviewChangeset(inputs, { profile: 'default' })
const s = new Session(); s.connect()
await s.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as any)
for (let i = 0; i < 150; i++) reviewChangeset(inputs, { profile: 'default' })
const { profile } = await s.post('HeapProfiler.stopSampling') as any
const self = new Map<string, number>()
let total = 0
const walk = (n: any) => { const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`; const b = n.selfSize; total += b; self.set(k, (self.get(k) ?? 0) + b); for (const c of n.children) walk(c) }
walk(profile.head)
console.log('total MB per review', (total / 150 / 1e6).toFixed(2))
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / total * 100).toFixed(1).padStart(5) + '%', k)
}
