// `cra dismiss` and `cra reopen`. The service files findings under their changeset, so a finding
// is named `<changeset-id>/<finding-id>`, or by its id with `--changeset` (or this branch's last review).
import { changesetIdFor, changesetPath } from '../context.mjs'
import { EXIT, usageError } from '../errors.mjs'
import { verdictWords } from '../format.mjs'

/** @param {'dismissed' | 'open'} status */
export const triage = (status) =>
  /** @param {import('../context.mjs').Context} ctx @param {import('../args.mjs').ParsedCommand} parsed */
  async (ctx, { values, positionals }) => {
    const client = ctx.connect(values)
    const { changesetId, findingId } = parseFindingRef(positionals[0], values.changeset, (given) => changesetIdFor(ctx, client, given))
    const reason = values.reason?.trim() || undefined
    const finding = await client.json(`${changesetPath(changesetId)}/findings/${encodeURIComponent(findingId)}`, {
      method: 'PATCH',
      body: { status, ...(reason ? { reason } : {}) },
      what: status === 'open' ? 'reopening the finding' : 'dismissing the finding',
    })
    const changeset = await client.json(changesetPath(changesetId))
    const where = finding.file_path ? ` at ${finding.file_path}${finding.line == null ? '' : `:${finding.line}`}` : ''
    const verb = status === 'open' ? 'Reopened' : 'Dismissed'
    ctx.stdout.write(`${verb} ${finding.rule_id}${where}${reason ? ` (${reason})` : ''}.\nVerdict is now: ${verdictWords(changeset.verdict)}.\n`)
    return EXIT.OK
  }

/**
 * @param {string} ref `<finding-id>` or `<changeset-id>/<finding-id>`
 * @param {string | undefined} changesetFlag
 * @param {(given: string | undefined) => string} fallback
 */
export function parseFindingRef(ref, changesetFlag, fallback) {
  const slash = ref.lastIndexOf('/')
  const fromRef = slash > 0 ? ref.slice(0, slash) : undefined
  const findingId = slash >= 0 ? ref.slice(slash + 1) : ref
  if (!findingId) throw usageError(`\`${ref}\` names no finding; give <changeset-id>/<finding-id>`)
  if (fromRef && changesetFlag && fromRef !== changesetFlag) {
    throw usageError(`\`${ref}\` and --changeset ${changesetFlag} name different changesets`)
  }
  return { changesetId: fromRef ?? fallback(changesetFlag), findingId }
}
