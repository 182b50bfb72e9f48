// `cra status`: where a changeset stands, its verdict and open findings; `--wait` follows it to the end.
import { changesetIdFor, changesetPath, DEFAULT_TIMEOUT_SECONDS, failOnFor } from '../context.mjs'
import { CliError, EXIT } from '../errors.mjs'
import { followReview, TERMINAL } from '../follow.mjs'
import { countAtOrAbove, describeCounts, exitCodeFor, verdictWords } from '../format.mjs'
import { createProgress } from '../progress.mjs'

/** @param {import('../context.mjs').Context} ctx @param {import('../args.mjs').ParsedCommand} parsed */
export async function status(ctx, { values, positionals }) {
  const client = ctx.connect(values)
  const id = changesetIdFor(ctx, client, positionals[0])
  const failOn = failOnFor(ctx, values)
  let changeset = await client.json(changesetPath(id))

  if (values.wait && !TERMINAL.has(changeset.status)) {
    const progress = createProgress({ stream: ctx.stderr, interactive: ctx.live, style: ctx.err, label: `Reviewing ${id.slice(0, 8)}`, revision: changeset.revision, files: changeset.file_count })
    try {
      const outcome = await followReview(client, id, {
        revision: changeset.revision,
        timeoutSeconds: values.timeout ?? DEFAULT_TIMEOUT_SECONDS,
        onEvent: progress.event,
        signal: ctx.signal,
      })
      progress.stop(outcome.status)
    } catch (err) {
      progress.stop()
      if (ctx.signal?.aborted) throw new CliError(130, 'Stopped watching')
      throw err
    }
    changeset = await client.json(changesetPath(id))
  }

  if (values.format === 'json') ctx.stdout.write(`${JSON.stringify(changeset, null, 2)}\n`)
  else ctx.stdout.write(describeChangeset(changeset, failOn, ctx.out))

  if (changeset.status === 'failed') {
    if (values.format === 'json') throw new CliError(EXIT.REVIEW_FAILED, `The review failed: ${changeset.error ?? 'the service gave no reason'}`)
    return EXIT.REVIEW_FAILED
  }
  return changeset.status === 'reviewed' ? exitCodeFor(changeset.summary?.by_severity ?? {}, failOn) : EXIT.OK
}

export function describeChangeset(changeset, failOn, style) {
  const summary = changeset.summary ?? {}
  const open = Object.values(summary.by_severity ?? {}).reduce((n, c) => n + c, 0)
  const triaged = ['dismissed', 'resolved'].map((s) => `${summary.by_status?.[s] ?? 0} ${s}`).join(', ')
  const lines = [
    `${style.bold(changeset.title)} by ${changeset.author}`,
    `Changeset: ${changeset.id} (revision ${changeset.revision})`,
    `Status:    ${changeset.status}${changeset.status === 'failed' && changeset.error ? ` (${changeset.error})` : ''}`,
    `Verdict:   ${verdictWords(changeset.verdict)}`,
    `Open:      ${open === 0 ? 'none' : `${open} (${describeCounts(summary.by_severity)})`}; ${triaged}`,
  ]
  for (const warning of changeset.warnings ?? []) lines.push(`${style.yellow('Warning:')}   ${warning}`)
  const failing = changeset.status === 'reviewed' ? countAtOrAbove(summary.by_severity ?? {}, failOn) : 0
  if (failing > 0) lines.push(style.red(`Failing:   ${failing} open at ${failOn} or above (--fail-on ${failOn})`))
  return `${lines.join('\n')}\n`
}
