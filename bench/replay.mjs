// `npm run bench:replay [-- --n 200] [--repo DIR] [--concurrency 4] [--start | --base URL --key K]
//   [--timeout 300] [--samples 5] [--json FILE]`
// Replays the last N commits of a repository through a running service as `cra review` submits
// them (the CLI's own diff collection, limit checks, body builder and client): each commit against
// its parent, titled with its subject, with whole new-side contents when the service takes them.
// Follows every review to its terminal status over SSE and prints what a user would judge: how
// many were reviewed, refused (a clear 4xx) or failed, submit → terminal times, the largest
// commits, findings per 1,000 added lines per rule, and the first findings of the top rules with
// the code they point at. The last line is one JSON summary.
// Every non-limit refusal, 5xx, failed review or timeout is a defect and is printed with its body.
import { parseArgs } from 'node:util'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { ApiClient } from '../src/cli/api.mjs'
import { followReview } from '../src/cli/follow.mjs'
import { serverTakesContents } from '../src/cli/submission.mjs'
import { emptyTree, listCommits, prepareCommit, readAtCommit } from './lib/commit-changes.mjs'
import { startDevBench } from './lib/dev-bench-server.mjs'
import { printSummary } from './lib/replay-summary.mjs'

const ROOT = path.resolve(import.meta.dirname, '..')
const { values: opts } = parseArgs({
  options: {
    repo: { type: 'string', default: ROOT },
    n: { type: 'string', default: '200' },
    ref: { type: 'string', default: 'HEAD' },
    concurrency: { type: 'string', default: '4' },
    start: { type: 'boolean', default: false },
    base: { type: 'string', default: process.env.BASE ?? '' },
    key: { type: 'string', default: process.env.CRA_KEY ?? '' },
    timeout: { type: 'string', default: '300' },
    samples: { type: 'string', default: '5' },
    json: { type: 'string', default: '' },
  },
})
const n = Number(opts.n)
const concurrency = Math.max(1, Number(opts.concurrency))
const timeoutSeconds = Number(opts.timeout)
if (!opts.start && (!opts.base || !opts.key)) {
  console.error('Give --start (runs `npm run dev:bench` and stops it after) or --base URL --key KEY for a running service')
  process.exit(2)
}

const server = opts.start ? await startDevBench(ROOT) : null
const base = (server?.base ?? opts.base).replace(/\/+$/, '')
const key = server?.key ?? opts.key
const now = () => performance.now()

/** A client per submission, so the raw body of a refusal is kept next to the CLI's sentence for it. */
function clientFor(capture) {
  return new ApiClient({
    url: base,
    key,
    version: 'replay',
    fetch: async (url, init) => {
      const res = await fetch(url, init)
      if (!res.ok && init?.method === 'POST') {
        capture.status = res.status
        capture.body = await res.clone().text()
      }
      return res
    },
  })
}

const records = []
let exitCode = 0
try {
  const probe = clientFor({})
  const health = await probe.health()
  const limits = health.config?.limits ?? {}
  const takesContents = await serverTakesContents(probe)
  const commits = listCommits(opts.repo, n, opts.ref)
  const emptyTreeId = emptyTree(opts.repo)
  console.error(`replaying ${commits.length} commits of ${opts.repo} through ${base}${server ? ` (serving a snapshot of ${server.commit})` : ''}, ${concurrency} in flight, contents: ${takesContents ? 'yes' : 'no'}`)

  // Every body is built before the first submission: git runs synchronously and would otherwise
  // stall the event loop that reads other reviews' events, inflating their measured times.
  const prepared = commits.map((commit, index) => ({ index, commit, ...prepareCommit(opts.repo, commit, { limits, takesContents, emptyTreeId }) }))

  // Keep-alive sockets the server closed while git held the event loop are only noticed once the
  // loop turns; a request sent first would be written into one of them (EPIPE, no answer).
  await new Promise((resolve) => setTimeout(resolve, 100))
  await probe.health()

  let next = 0
  let done = 0
  const worker = async () => {
    while (next < prepared.length) {
      const item = prepared[next++]
      const record = await replayOne(item)
      item.body = ''
      records.push(record)
      done++
      if (record.outcome !== 'reviewed' || done % 20 === 0) {
        console.error(`${String(done).padStart(4)}/${prepared.length} ${record.sha.slice(0, 10)} ${record.outcome}${record.error ? `: ${record.error.slice(0, 300)}` : ''}`)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  records.sort((a, b) => a.index - b.index)
  for (const record of records) attachCode(record, prepared[record.index])

  const summary = printSummary(records, { samples: Number(opts.samples), repo: opts.repo, base, concurrency })
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ bench: 'replay', summary, records }, null, 1))
  if (summary.failed > 0) exitCode = 1
  console.log(JSON.stringify(summary))
} finally {
  await server?.stop()
}
process.exit(exitCode)

async function replayOne(item) {
  const { commit } = item
  const record = {
    index: item.index,
    sha: commit.sha,
    subject: commit.subject,
    files: item.files,
    added: item.added,
    removed: item.removed,
    body_bytes: item.bodyBytes,
    contents_left_out: item.contentsLeftOut,
    biggest_file: item.biggestFile,
    cli_refusal: item.cliRefusal,
    retried: null,
    submit_status: 0,
    outcome: 'error',
    error: null,
    changeset_id: null,
    post_ms: null,
    total_ms: null,
    warnings: [],
    findings: [],
  }
  if (item.files === 0) {
    // `cra review` sends nothing for an empty diff (nothing to review), so neither do we.
    record.outcome = 'empty'
    return record
  }
  const capture = {}
  const client = clientFor(capture)
  let sentAt = now()
  let submitted
  try {
    try {
      submitted = await client.json('/api/changesets', { method: 'POST', body: item.body, what: 'submitting the changeset' })
    } catch (err) {
      // No answer at all (EPIPE, reset): with --base on a `wrangler dev` that reloads on file
      // changes, the upload was cut by the reload. Sent once more and counted, never hidden.
      if (capture.status !== undefined) throw err
      record.retried = /** @type {Error} */ (err).message
      await client.health()
      sentAt = now()
      submitted = await client.json('/api/changesets', { method: 'POST', body: item.body, what: 'submitting the changeset' })
    }
  } catch (err) {
    record.submit_status = capture.status ?? 0
    record.post_ms = now() - sentAt
    const limitRefusal = capture.status === 413 || (capture.status === 422 && /limit|too (large|many|long)/i.test(capture.body ?? ''))
    record.outcome = limitRefusal ? 'refused' : 'failed'
    record.error = `${/** @type {Error} */ (err).message}${capture.body ? ` | body: ${capture.body}` : ''}`
    return record
  }
  record.submit_status = 202
  record.post_ms = now() - sentAt
  record.changeset_id = submitted.changeset_id
  try {
    const outcome = await followReview(client, submitted.changeset_id, { revision: submitted.revision, timeoutSeconds })
    record.total_ms = now() - sentAt
    record.outcome = outcome.status
    record.error = outcome.error
  } catch (err) {
    record.total_ms = now() - sentAt
    record.outcome = /did not finish within/.test(/** @type {Error} */ (err).message) ? 'timeout' : 'failed'
    record.error = /** @type {Error} */ (err).message
    return record
  }
  const changesetPath = `/api/changesets/${submitted.changeset_id}`
  const [changeset, findings] = await Promise.all([client.json(changesetPath), client.all(`${changesetPath}/findings`)])
  record.warnings = changeset.warnings ?? []
  record.files_skipped = changeset.summary?.files_skipped ?? 0
  record.findings = findings.map((f) => ({ rule_id: f.rule_id, severity: f.severity, file_path: f.file_path, line: f.line, message: f.message }))
  return record
}

/** The new-side line each finding points at, so a person can judge it without opening the repo. */
function attachCode(record, item) {
  const lines = new Map()
  for (const finding of record.findings) {
    if (!lines.has(finding.file_path)) {
      const text = item.contents.get(finding.file_path) ?? readAtCommit(opts.repo, record.sha, finding.file_path)?.toString('utf8') ?? ''
      lines.set(finding.file_path, text.split('\n'))
    }
    finding.code = finding.line ? (lines.get(finding.file_path)[finding.line - 1] ?? '').trim().slice(0, 160) : ''
  }
  item.contents = new Map()
}
