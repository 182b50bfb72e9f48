// `cra report`: the service's own Markdown, SARIF 2.1.0, rdjson or JSON report, unchanged.
import { changesetIdFor, writeReport } from '../context.mjs'
import { EXIT } from '../errors.mjs'

/** @param {import('../context.mjs').Context} ctx @param {import('../args.mjs').ParsedCommand} parsed */
export async function report(ctx, { values, positionals }) {
  const client = ctx.connect(values)
  const id = changesetIdFor(ctx, client, positionals[0])
  await writeReport(ctx, client, id, values.format, values.output)
  return EXIT.OK
}
