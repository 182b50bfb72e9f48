// `cra findings`: the findings of a changeset as a linter prints them, each with its id for triage.
import { changesetIdFor, changesetPath, failOnFor } from '../context.mjs'
import { countBySeverity, exitCodeFor, formatFindings, formatSummary } from '../format.mjs'

/** @param {import('../context.mjs').Context} ctx @param {import('../args.mjs').ParsedCommand} parsed */
export async function findings(ctx, { values, positionals }) {
  const client = ctx.connect(values)
  const id = changesetIdFor(ctx, client, positionals[0])
  const failOn = failOnFor(ctx, values)
  const wanted = values.status ?? 'open'
  const [changeset, all] = await Promise.all([client.json(changesetPath(id)), client.all(`${changesetPath(id)}/findings`)])
  const shown = wanted === 'all' ? all : all.filter((f) => f.status === wanted)

  if (values.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(shown, null, 2)}\n`)
  } else {
    const text = formatFindings(shown, { style: ctx.out, showIds: true, showStatus: wanted !== 'open' })
    ctx.stdout.write(`${text}${text ? '\n' : ''}${formatSummary(all, { verdict: changeset.verdict, failOn, style: ctx.out })}`)
  }
  return exitCodeFor(countBySeverity(all.filter((f) => f.status === 'open')), failOn)
}
