// corpus: path=scripts/backfill-search-index.ts
#!/usr/bin/env tsx
import { parseArgs } from 'node:util'
import { execFileSync } from 'node:child_process'
import { writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { Client } from 'pg'
import { MeiliSearch } from 'meilisearch'

const { values } = parseArgs({
  options: {
    batch: { type: 'string', default: '500' },
    since: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string', default: 'tmp/backfill-report.json' },
  },
})

const batchSize = Number.parseInt(values.batch ?? '500', 10)
if (!Number.isFinite(batchSize) || batchSize < 1 || batchSize > 5000) {
  console.error(`--batch must be between 1 and 5000, got ${values.batch}`)
  process.exit(1)
}

const since = values.since ? new Date(values.since) : new Date(0)
if (Number.isNaN(since.getTime())) {
  console.error(`--since is not a date: ${values.since}`)
  process.exit(1)
}

async function main() {
  const revision = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  const pg = new Client({ connectionString: process.env.DATABASE_URL })
  await pg.connect()
  const meili = new MeiliSearch({ host: process.env.MEILI_URL ?? 'http://127.0.0.1:7700', apiKey: process.env.MEILI_MASTER_KEY })
  const index = meili.index('documents')

  let lastId = '00000000-0000-0000-0000-000000000000'
  let total = 0
  const started = Date.now()
  for (;;) {
    const { rows } = await pg.query<{ id: string; title: string; body: string; updated_at: Date }>(
      'SELECT id, title, body, updated_at FROM documents WHERE id > $1 AND updated_at >= $2 ORDER BY id LIMIT $3',
      [lastId, since, batchSize],
    )
    if (rows.length === 0) break
    if (!values['dry-run']) {
      const task = await index.addDocuments(rows.map((r) => ({ id: r.id, title: r.title, body: r.body, updatedAt: r.updated_at.toISOString() })))
      await meili.waitForTask(task.taskUid, { timeOutMs: 60_000 })
    }
    total += rows.length
    lastId = rows[rows.length - 1]!.id
    console.log(`indexed ${total} documents (last id ${lastId})`)
  }

  await pg.end()
  const report = { revision, total, since: since.toISOString(), dryRun: values['dry-run'], seconds: (Date.now() - started) / 1000 }
  mkdirSync(path.dirname(values.report!), { recursive: true })
  writeFileSync(values.report!, JSON.stringify(report, null, 2))
  console.log(`done: ${JSON.stringify(report)}`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
