// `cra review` and `cra revise`: diff → limits check → submit → follow live → findings → exit code.
import { checkBodySize, checkLimits, collectChanges, collectContents } from '../changes.mjs'
import { changesetIdFor, changesetPath, DEFAULT_FAIL_ON, DEFAULT_TIMEOUT_SECONDS, writeReport } from '../context.mjs'
import { CliError, EXIT } from '../errors.mjs'
import { followReview } from '../follow.mjs'
import { countBySeverity, exitCodeFor, formatFindings, formatSummary, plural } from '../format.mjs'
import { repoRoot } from '../git.mjs'
import { createProgress } from '../progress.mjs'
import { loadRepoConfig, mergeOptions } from '../review-config.mjs'
import { rememberChangeset } from '../state.mjs'
import { branchName, buildBody, describeChanges, serverTakesContents } from '../submission.mjs'

const encoder = new TextEncoder()
// Room left in the body for JSON framing when contents are packed up to the limit.
const BODY_SLACK_BYTES = 4096

/** @param {import('../context.mjs').Context} ctx @param {import('../args.mjs').ParsedCommand} parsed */
export async function review(ctx, { values, paths }) {
  const prepared = await prepare(ctx, values, paths)
  if (!prepared) return EXIT.OK
  const { client, changes, options, failOn, root, limits } = prepared
  const meta = describeChanges({ cwd: ctx.cwd, base: changes.base, title: values.title, env: ctx.env })
  const body = await encodeBody(client, { changes, options, meta, root, limits })

  const submitted = await client.json('/api/changesets', { method: 'POST', body, what: 'submitting the changeset' })
  rememberChangeset(ctx.cwd, client.url, meta.branch, submitted.changeset_id)
  ctx.stderr.write(`Submitted ${describeSize(changes)} compared with ${changes.base.label} as changeset ${submitted.changeset_id}\n`)
  return finish(ctx, client, { id: submitted.changeset_id, revision: submitted.revision, failOn, values, revise: false, files: changes.files.length })
}

/** @param {import('../context.mjs').Context} ctx @param {import('../args.mjs').ParsedCommand} parsed */
export async function revise(ctx, { values, positionals, paths }) {
  const prepared = await prepare(ctx, values, paths)
  if (!prepared) return EXIT.OK
  const { client, changes, options, failOn, root, limits } = prepared
  const id = changesetIdFor(ctx, client, positionals[0])
  const body = await encodeBody(client, { changes, options, meta: null, root, limits })

  const submitted = await client.json(`${changesetPath(id)}/revisions`, { method: 'POST', body, what: 'submitting the revision' })
  rememberChangeset(ctx.cwd, client.url, branchName(ctx.cwd, ctx.env), id)
  ctx.stderr.write(`Submitted ${describeSize(changes)} compared with ${changes.base.label} as revision ${submitted.revision} of ${id}\n`)
  return finish(ctx, client, { id, revision: submitted.revision, failOn, values, revise: true, files: changes.files.length })
}

/** Everything both commands need before sending: config, the diff, and the service's limits. */
async function prepare(ctx, values, paths) {
  const root = repoRoot(ctx.cwd)
  const repoConfig = loadRepoConfig(root, values.config)
  const options = mergeOptions(repoConfig.options, {
    profile: values.profile,
    min_severity: values['min-severity'],
    enable: values.enable,
    disable: values.disable,
    ignore_paths: values['ignore-paths'],
    max_findings: values['max-findings'],
  })
  const failOn = values['fail-on'] ?? repoConfig.failOn ?? DEFAULT_FAIL_ON
  const client = ctx.connect(values)
  const changes = collectChanges({ base: values.base, staged: values.staged, paths }, ctx.cwd)
  if (changes.files.length === 0) {
    ctx.stderr.write(`Nothing to review: no changes compared with ${changes.base.label}${paths.length ? ` in ${paths.join(' ')}` : ''}.\n`)
    return null
  }
  const health = await client.health()
  const limits = health.config?.limits ?? {}
  checkLimits(changes.files, limits)
  return { client, changes, options, failOn, root, limits }
}

/** The JSON body, with new-side contents when the service takes them and they fit. */
async function encodeBody(client, { changes, options, meta, root, limits }) {
  let json = JSON.stringify(buildBody({ changes, options, contents: null, meta }))
  checkBodySize(encoder.encode(json).length, limits)
  if (await serverTakesContents(client)) {
    const bare = JSON.stringify(buildBody({ changes, options, contents: new Map(), meta }))
    const budget = (limits.max_body_bytes ?? Infinity) - encoder.encode(bare).length - BODY_SLACK_BYTES
    const { contents } = collectContents(changes, root, budget, limits.max_file_diff_bytes)
    json = JSON.stringify(buildBody({ changes, options, contents, meta }))
  }
  return json
}

function describeSize(changes) {
  const added = changes.files.reduce((n, f) => n + f.additions, 0)
  const removed = changes.files.reduce((n, f) => n + f.deletions, 0)
  return `${plural(changes.files.length, 'file')} (+${added} −${removed})`
}

/** Follows the review, then prints the findings (and the report) and decides the exit code. */
async function finish(ctx, client, { id, revision, failOn, values, revise, files }) {
  const label = revise ? `revision ${revision} of ${id.slice(0, 8)}` : `changeset ${id.slice(0, 8)}`
  const progress = createProgress({ stream: ctx.stderr, interactive: ctx.live, style: ctx.err, label: `Reviewing ${label}`, revision, files })
  let outcome
  try {
    outcome = await followReview(client, id, {
      revision,
      timeoutSeconds: values.timeout ?? DEFAULT_TIMEOUT_SECONDS,
      onEvent: progress.event,
      signal: ctx.signal,
    })
  } catch (err) {
    progress.stop()
    if (ctx.signal?.aborted) throw new CliError(130, `Stopped watching; the review continues on the service (see \`cra status ${id}\`)`)
    throw err
  }
  progress.stop(outcome.status)
  if (outcome.status === 'failed') throw new CliError(EXIT.REVIEW_FAILED, `The review failed: ${outcome.error ?? 'the service gave no reason'}`)

  const [changeset, findings] = await Promise.all([client.json(changesetPath(id)), client.all(`${changesetPath(id)}/findings`)])
  // Machine output owns stdout when it goes there; the human view then moves to stderr.
  const humanStream = values.format && !values.output ? ctx.stderr : ctx.stdout
  const style = humanStream === ctx.stdout ? ctx.out : ctx.err
  if (values.format) await writeReport(ctx, client, id, values.format, values.output)
  const text = revise ? formatRevision(findings, revision, style) : formatFindings(findings.filter((f) => f.status === 'open'), { style })
  humanStream.write(`${text}${text ? '\n' : ''}${formatSummary(findings, { verdict: changeset.verdict, failOn, style })}`)
  return exitCodeFor(countBySeverity(findings.filter((f) => f.status === 'open')), failOn)
}

/** What this revision changed: new findings, ones it fixed, and ones still open from before. */
export function classifyRevision(findings, revision) {
  return {
    added: findings.filter((f) => f.status === 'open' && f.first_revision === revision),
    resolved: findings.filter((f) => f.status === 'resolved' && f.last_revision === revision - 1),
    stillOpen: findings.filter((f) => f.status === 'open' && f.first_revision < revision),
  }
}

function formatRevision(findings, revision, style) {
  const { added, resolved, stillOpen } = classifyRevision(findings, revision)
  const sections = [`Revision ${revision}: ${added.length} new, ${resolved.length} resolved, ${stillOpen.length} still open.\n`]
  for (const [title, items] of [['New', added], ['Resolved', resolved], ['Still open', stillOpen]]) {
    if (items.length > 0) sections.push(`${style.bold(`${title} (${items.length})`)}\n${formatFindings(items, { style })}`)
  }
  return sections.join('\n')
}
