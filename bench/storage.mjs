// `node bench/storage.mjs [COUNT=40] [PAYLOAD=medium]` (run with node_modules/.bin/node: it needs
// node:sqlite). Submits COUNT changesets of the bench payload to a throwaway `wrangler dev`, waits
// until every one is reviewed, then reads the local D1 file with SQLite's dbstat: bytes per table
// and index (pages actually used), rows, and the figures docs/scaling.md quotes per changeset,
// per file and per finding.
import { spawnSync } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { fileURLToPath } from 'node:url'
import { startDevServer } from './lib/dev-server.mjs'

const COUNT = Number(process.argv[2] ?? 40)
const PAYLOAD = process.argv[3] ?? 'medium'
const LOAD = fileURLToPath(new URL('../../shared/bench/load.mjs', import.meta.url))

function payload(seed) {
  const out = spawnSync(process.execPath, [LOAD, '--dump-payload', '--payload', PAYLOAD, '--seed', String(seed)], { encoding: 'utf8' })
  if (out.status !== 0) throw new Error(out.stderr)
  return out.stdout
}

const server = await startDevServer({ keys: 1 })
const headers = { authorization: `Bearer ${server.keys[0]}`, 'content-type': 'application/json' }
let requestBytes = 0
const ids = []
for (let i = 0; i < COUNT; i++) {
  const body = payload(i + 1)
  requestBytes += Buffer.byteLength(body)
  const res = await fetch(`${server.base}/api/changesets`, { method: 'POST', headers, body })
  if (res.status !== 202) throw new Error(`submit ${i}: ${res.status} ${await res.text()}`)
  ids.push((await res.json()).changeset_id)
}
const deadline = Date.now() + 300_000
for (const id of ids) {
  for (;;) {
    const row = await (await fetch(`${server.base}/api/changesets/${id}`, { headers })).json()
    if (row.status === 'reviewed' || row.status === 'failed') break
    if (Date.now() > deadline) throw new Error(`${id} still ${row.status}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}
server.crash()
await new Promise((r) => setTimeout(r, 1000))

const dir = join(server.state, 'v3', 'd1', 'miniflare-D1DatabaseObject')
const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite')
const db = new DatabaseSync(join(dir, file))
const rows = (table) => db.prepare(`SELECT count(*) AS n FROM ${table}`).get().n
const tables = db.prepare(`SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table','index') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND tbl_name != 'd1_migrations'`).all()
const bytes = Object.fromEntries(db.prepare(`SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name`).all().map((r) => [r.name, r.b]))
const perTable = {}
for (const { name, tbl_name: table } of tables) {
  perTable[table] ??= { rows: rows(table), table: 0, indexes: 0 }
  if (name === table) perTable[table].table += bytes[name] ?? 0
  else perTable[table].indexes += bytes[name] ?? 0
}
const diffBytes = db.prepare(`SELECT sum(length(CAST(diff_content AS BLOB))) AS b FROM changeset_files`).get().b
const [{ page_count: pages }] = [db.prepare('PRAGMA page_count').get()]
const [{ page_size: pageSize }] = [db.prepare('PRAGMA page_size').get()]
db.close()
rmSync(server.state, { recursive: true, force: true })

const total = Object.values(perTable).reduce((s, t) => s + t.table + t.indexes, 0)
const changesets = perTable.changesets.rows
const findings = perTable.findings?.rows ?? 0
const files = perTable.changeset_files.rows
const findingBytes = findings ? (perTable.findings.table + perTable.findings.indexes) / findings : 0
console.log(`payload ${PAYLOAD}: ${changesets} changesets, ${files} files, ${findings} findings; request bodies ${(requestBytes / COUNT / 1024).toFixed(1)} KiB each`)
console.log('table                 rows   table KiB  index KiB  bytes/changeset')
for (const [table, t] of Object.entries(perTable).sort((a, b) => b[1].table + b[1].indexes - (a[1].table + a[1].indexes))) {
  console.log(`${table.padEnd(20)} ${String(t.rows).padStart(6)} ${(t.table / 1024).toFixed(0).padStart(10)} ${(t.indexes / 1024).toFixed(0).padStart(10)} ${((t.table + t.indexes) / changesets).toFixed(0).padStart(16)}`)
}
console.log(`database file ${((pages * pageSize) / 1024 / 1024).toFixed(2)} MiB; tables+indexes ${(total / 1024 / 1024).toFixed(2)} MiB`)
console.log(`per changeset ${(total / changesets / 1024).toFixed(1)} KiB (diff text ${(diffBytes / changesets / 1024).toFixed(1)} KiB of it), ${(findings / changesets).toFixed(1)} findings`)
console.log(`per finding ${findingBytes.toFixed(0)} bytes with its indexes`)
console.log(`10 GB holds ~${Math.floor(10e9 / (total / changesets)).toLocaleString('en')} such changesets; with diffs purged ~${Math.floor(10e9 / ((total - diffBytes) / changesets)).toLocaleString('en')}`)
