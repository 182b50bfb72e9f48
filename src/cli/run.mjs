// Runs one command line and turns every outcome into an exit code; errors become one sentence
// on stderr. The bin (cra.mjs) only wires this to the process.
import { parseCommandLine } from './args.mjs'
import { findings } from './commands/findings.mjs'
import { report } from './commands/report.mjs'
import { review, revise } from './commands/review.mjs'
import { status } from './commands/status.mjs'
import { triage } from './commands/triage.mjs'
import { createContext } from './context.mjs'
import { CliError, EXIT, sentence } from './errors.mjs'

const HANDLERS = { review, revise, status, findings, report, dismiss: triage('dismissed'), reopen: triage('open') }

/**
 * @param {string[]} argv arguments after `cra`
 * @param {import('./context.mjs').Io} io
 * @returns {Promise<number>} the exit code
 */
export async function run(argv, io) {
  try {
    const parsed = parseCommandLine(argv)
    if ('help' in parsed) {
      io.stdout.write(`${parsed.help}\n`)
      return EXIT.OK
    }
    if ('version' in parsed) {
      io.stdout.write(`cra ${io.version}\n`)
      return EXIT.OK
    }
    return await HANDLERS[parsed.command](createContext(io), parsed)
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`cra: ${sentence(err.message)}\n`)
      return err.exitCode
    }
    // A bug of ours: still one sentence, with a way to get the details.
    const message = err instanceof Error ? err.message : String(err)
    io.stderr.write(`cra: unexpected error: ${sentence(message)}${io.env.CRA_DEBUG ? `\n${err instanceof Error ? err.stack : ''}` : ' (set CRA_DEBUG=1 for details)'}\n`)
    return EXIT.REVIEW_FAILED
  }
}

