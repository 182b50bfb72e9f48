// What every command gets: where to write, how to style it, how to reach the service, which
// changeset is meant, and how to write a report.
import { writeFileSync } from 'node:fs'
import { ApiClient } from './api.mjs'
import { resolveConnection } from './connection.mjs'
import { CliError, EXIT, usageError } from './errors.mjs'
import { repoRoot } from './git.mjs'
import { loadRepoConfig } from './review-config.mjs'
import { recallChangeset } from './state.mjs'
import { branchName } from './submission.mjs'
import { createStyle, isInteractive, wantsColor } from './style.mjs'

export const DEFAULT_FAIL_ON = 'major'
export const DEFAULT_TIMEOUT_SECONDS = 300

/**
 * @typedef {{ env: Record<string, string | undefined>, cwd: string, stdout: NodeJS.WritableStream & { isTTY?: boolean, columns?: number },
 *   stderr: NodeJS.WritableStream & { isTTY?: boolean, columns?: number }, signal?: AbortSignal, version: string }} Io
 * @typedef {ReturnType<typeof createContext>} Context
 */

/** @param {Io} io */
export function createContext(io) {
  return {
    ...io,
    out: createStyle(wantsColor(io.stdout, io.env)),
    err: createStyle(wantsColor(io.stderr, io.env)),
    /** Whether stderr can carry a redrawn progress line. */
    live: isInteractive(io.stderr, io.env),
    /** @param {{ url?: string, key?: string }} values */
    connect(values) {
      const { url, key } = resolveConnection(values, io.env, io.cwd)
      return new ApiClient({ url, key, version: io.version })
    },
    /** The repository root, or null outside one. */
    root() {
      try {
        return repoRoot(io.cwd)
      } catch {
        return null
      }
    },
  }
}

/** `--fail-on`, else `fail_on` from `.code-review.yml` when run in a repository, else major. */
export function failOnFor(ctx, values) {
  if (values['fail-on']) return values['fail-on']
  const root = ctx.root()
  return (root && loadRepoConfig(root, values.config).failOn) || DEFAULT_FAIL_ON
}

/** The changeset named on the command line, else the one last reviewed from this branch. */
export function changesetIdFor(ctx, client, given) {
  if (given) return given
  const root = ctx.root()
  const remembered = root && recallChangeset(ctx.cwd, client.url, branchName(ctx.cwd, ctx.env))
  if (remembered) return remembered
  throw usageError(root ? 'Give a changeset id: no changeset was reviewed from this branch yet' : 'Give a changeset id')
}

export const changesetPath = (id) => `/api/changesets/${encodeURIComponent(id)}`

/** Fetches the service's report and writes it to `output` or stdout, byte for byte. */
export async function writeReport(ctx, client, changesetId, format, output) {
  const res = await client.send(`${changesetPath(changesetId)}/report`, { query: { format }, accept: '*/*', what: 'fetching the report' })
  const text = await res.text()
  if (!output) {
    ctx.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    return
  }
  try {
    writeFileSync(output, text.endsWith('\n') ? text : `${text}\n`)
  } catch (err) {
    throw new CliError(EXIT.USAGE, `Cannot write ${output}: ${/** @type {any} */ (err).code ?? /** @type {Error} */ (err).message}`)
  }
  ctx.stderr.write(`Wrote the ${format} report to ${output}\n`)
}
