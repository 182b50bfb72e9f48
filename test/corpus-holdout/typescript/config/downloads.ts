// corpus: path=scripts/fetch-geo-db.ts
import { createWriteStream } from 'node:fs'
import { mkdtemp, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'

const MIRROR = 'http://geo-mirror.example.org/GeoLite2-City.mmdb' // also: cleartext-http
const CHECKSUMS = 'https://geo.example.org/GeoLite2-City.sha256' // ok: cleartext-http
const SCHEMA_ID = 'http://json-schema.org/draft-07/schema#' // ok: cleartext-http

async function main() {
  const res = await fetch(MIRROR) // expect: cleartext-http
  if (!res.ok || !res.body) throw new Error(`download failed: ${res.status}`)
  const dir = await mkdtemp(join(tmpdir(), 'geo-')) // ok: insecure-temp-file
  const partial = join(dir, 'city.mmdb.partial')
  await pipeline(Readable.fromWeb(res.body as never), createWriteStream(partial))
  await rename(partial, 'data/GeoLite2-City.mmdb')
  await writeFile(join(tmpdir(), 'geo-last-run.txt'), new Date().toISOString()) // expect: insecure-temp-file
  const sums = await fetch(CHECKSUMS).then((r) => r.text())
  process.stdout.write(`checksums: ${sums.slice(0, 64)}\n${SCHEMA_ID}\n`)
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
