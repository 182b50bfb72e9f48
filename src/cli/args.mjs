// Command-line parsing with util.parseArgs: one table of commands and their flags, checked values,
// and `-- <paths>` kept apart from positionals. Errors are usage errors (exit 2).
import { parseArgs } from 'node:util'
import { usageError } from './errors.mjs'
import { FAIL_ON, PROFILES, SEVERITIES } from './review-config.mjs'

export const REPORT_FORMATS = ['markdown', 'sarif', 'rdjson', 'json']
const FINDING_STATUSES = ['open', 'dismissed', 'resolved', 'all']
const MAX_TIMEOUT_SECONDS = 24 * 60 * 60

const CONNECTION = {
  url: { type: 'string' },
  key: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
}
const REVIEW_OPTIONS = {
  profile: { type: 'string' },
  'min-severity': { type: 'string' },
  enable: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  'ignore-paths': { type: 'string', multiple: true },
  'max-findings': { type: 'string' },
  config: { type: 'string' },
}
const DIFF = { base: { type: 'string' }, staged: { type: 'boolean' } }
const WATCH = { 'fail-on': { type: 'string' }, timeout: { type: 'string' } }
const OUTPUT = { format: { type: 'string' }, output: { type: 'string', short: 'o' } }

/** @type {Record<string, { options: Record<string, any>, positionals: [number, number], paths?: boolean, formats?: string[], usage: string }>} */
export const COMMANDS = {
  review: {
    options: { ...CONNECTION, ...DIFF, title: { type: 'string' }, ...REVIEW_OPTIONS, ...WATCH, ...OUTPUT },
    positionals: [0, 0],
    paths: true,
    formats: REPORT_FORMATS,
    usage: 'cra review [--base <ref>] [--staged] [options] [-- <paths>…]',
  },
  revise: {
    options: { ...CONNECTION, ...DIFF, ...REVIEW_OPTIONS, ...WATCH, ...OUTPUT },
    positionals: [0, 1],
    paths: true,
    formats: REPORT_FORMATS,
    usage: 'cra revise [<changeset-id>] [--base <ref>] [--staged] [options] [-- <paths>…]',
  },
  status: {
    options: { ...CONNECTION, ...WATCH, wait: { type: 'boolean' }, format: { type: 'string' } },
    positionals: [0, 1],
    formats: ['json'],
    usage: 'cra status [<changeset-id>] [--wait] [--fail-on <severity>] [--format json]',
  },
  findings: {
    options: { ...CONNECTION, status: { type: 'string' }, 'fail-on': { type: 'string' }, format: { type: 'string' } },
    positionals: [0, 1],
    formats: ['json'],
    usage: 'cra findings [<changeset-id>] [--status open|dismissed|resolved|all] [--fail-on <severity>] [--format json]',
  },
  report: {
    options: { ...CONNECTION, ...OUTPUT },
    positionals: [0, 1],
    formats: REPORT_FORMATS,
    usage: 'cra report [<changeset-id>] --format markdown|sarif|rdjson|json [--output FILE]',
  },
  dismiss: {
    options: { ...CONNECTION, reason: { type: 'string' }, changeset: { type: 'string' } },
    positionals: [1, 1],
    usage: 'cra dismiss [<changeset-id>/]<finding-id> --reason "…" [--changeset <id>]',
  },
  reopen: {
    options: { ...CONNECTION, reason: { type: 'string' }, changeset: { type: 'string' } },
    positionals: [1, 1],
    usage: 'cra reopen [<changeset-id>/]<finding-id> [--reason "…"] [--changeset <id>]',
  },
}

/**
 * @typedef {{ command: string, values: Record<string, any>, positionals: string[], paths: string[] }} ParsedCommand
 * @returns {{ help: string } | { version: true } | ParsedCommand}
 */
export function parseCommandLine(argv) {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { help: rest[0] && COMMANDS[rest[0]] ? commandHelp(rest[0]) : HELP }
  }
  if (command === '--version' || command === '-v') return { version: true }
  const spec = COMMANDS[command]
  if (!spec) throw usageError(`Unknown command \`${command}\`; the commands are ${Object.keys(COMMANDS).join(', ')} (see cra --help)`)

  let parsed
  try {
    parsed = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true, tokens: true })
  } catch (err) {
    throw usageError(`${describeParseError(err)} (see cra ${command} --help)`)
  }
  const { values, tokens } = parsed
  if (values.help) return { help: commandHelp(command) }

  const terminator = tokens.find((t) => t.kind === 'option-terminator')?.index ?? Infinity
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' && t.index < terminator ? [t.value] : []))
  const paths = tokens.flatMap((t) => (t.kind === 'positional' && t.index > terminator ? [t.value] : []))
  if (paths.length > 0 && !spec.paths) throw usageError(`cra ${command} takes no paths`)
  const [min, max] = spec.positionals
  if (positionals.length > max) throw usageError(`Unexpected argument \`${positionals[max]}\` (usage: ${spec.usage})`)
  if (positionals.length < min) throw usageError(`Missing argument (usage: ${spec.usage})`)

  return { command, values: checkValues(command, values, spec), positionals, paths }
}

function describeParseError(err) {
  const e = /** @type {any} */ (err)
  const quoted = String(e.message).match(/'([^']+)'/)?.[1]
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${quoted ?? ''}`.trim()
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(e.message) ? `${(quoted ?? 'option').replace(/ <value>$/, '')} needs a value` : String(e.message).replace(/\.$/, '')
  }
  return String(e.message).split('. ')[0]
}

function checkValues(command, raw, spec) {
  const values = { ...raw }
  const oneOf = (name, allowed) => {
    if (values[name] !== undefined && !allowed.includes(values[name])) {
      throw usageError(`--${name} must be one of ${allowed.join(', ')} (got ${values[name]})`)
    }
  }
  oneOf('fail-on', FAIL_ON)
  oneOf('profile', PROFILES)
  oneOf('min-severity', SEVERITIES)
  oneOf('status', FINDING_STATUSES)
  if (spec.formats) oneOf('format', spec.formats)

  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout)
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
      throw usageError(`--timeout must be a positive number of seconds, at most ${MAX_TIMEOUT_SECONDS} (got ${values.timeout})`)
    }
    values.timeout = seconds
  }
  if (values['max-findings'] !== undefined) {
    const n = Number(values['max-findings'])
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw usageError(`--max-findings must be a whole number from 1 to 1000 (got ${values['max-findings']})`)
    values['max-findings'] = n
  }
  for (const name of ['enable', 'disable', 'ignore-paths']) {
    if (values[name]) values[name] = values[name].flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
  }
  if (values.output !== undefined && values.format === undefined) {
    values.format = formatFromFileName(values.output)
    if (!values.format) throw usageError(`Cannot tell the format of ${values.output} from its name; add --format ${REPORT_FORMATS.join('|')}`)
  }
  if (command === 'report' && values.format === undefined) values.format = 'markdown'
  if (command === 'dismiss' && !values.reason?.trim()) throw usageError('cra dismiss needs --reason "…" (it is kept in the triage history)')
  return values
}

export function formatFromFileName(file) {
  const ext = file.toLowerCase().match(/\.([a-z]+)$/)?.[1]
  return { md: 'markdown', markdown: 'markdown', sarif: 'sarif', rdjson: 'rdjson', json: 'json' }[ext ?? ''] ?? null
}

function commandHelp(command) {
  return `Usage: ${COMMANDS[command].usage}\n\n${HELP.split('\n\n').slice(1).join('\n\n')}`
}

export const HELP = `Usage: cra <command> [options]

Commands:
  review              Review this branch's changes (git diff against its base) and follow the review live
  revise [<id>]       Submit the current diff as the next revision; show what is new, resolved and still open
  status [<id>]       Show a changeset's status, verdict and open findings (--wait follows it to the end)
  findings [<id>]     List findings like a linter, with their ids (--status open|dismissed|resolved|all)
  report [<id>]       Export the review: --format markdown|sarif|rdjson|json [--output FILE]
  dismiss <finding>   Dismiss a finding as a false positive: --reason "…" (required)
  reopen <finding>    Reopen a dismissed or resolved finding
  A <finding> is <changeset-id>/<finding-id>, or a finding id with --changeset <id>. Without a
  changeset id, commands use the one \`cra review\` last submitted from this branch.

Diff (review, revise):
  --base <ref>        Compare with the merge-base of <ref> and HEAD (default: the branch's upstream
                      when it is another branch, else origin/HEAD)
  --staged            Review the index instead of the working tree (alone: against HEAD)
  -- <paths>…         Only these paths (git pathspecs)
  --title <text>      Title of the changeset (review; default: "<branch>: <last commit subject>")

Review options (override .code-review.yml; lists add to it):
  --profile strict|default|prototype   --min-severity <severity>   --max-findings <n>
  --enable <rules>    --disable <rules>    --ignore-paths <globs>   (comma-separated or repeated)
  --config <file>     Read this file instead of .code-review.yml at the repository root

Output and exit codes:
  --format <f>        Write the service's report (markdown|sarif|rdjson|json) to stdout or --output
  -o, --output FILE   Write the report to FILE (format taken from the extension unless --format)
  --fail-on <sev>     Exit 1 when open findings are at this severity or above: critical|major|minor|info|none
                      (default: fail_on from .code-review.yml, else major)
  --timeout <s>       Give up waiting for the review after this many seconds (default 300)
  Exit: 0 clean · 1 findings at --fail-on or above · 2 usage or configuration error ·
        3 review failed or timed out · 4 service unreachable or key refused

Connection:
  --url <url>         Service URL (CRA_URL; default http://localhost:8787)
  --key <key>         API key (CRA_API_KEY or CRA_KEY; against a local server, DEV_API_KEY from ./.dev.vars)

Colours only on a terminal and never with NO_COLOR set.`
