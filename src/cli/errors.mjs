/** Exit codes, lint-style: CI jobs branch on these, so they never change meaning. */
export const EXIT = Object.freeze({
  OK: 0,
  /** Open findings at or above `--fail-on`. */
  FINDINGS: 1,
  /** Bad arguments, a bad `.code-review.yml`, a diff over the service's limits, an unknown id. */
  USAGE: 2,
  /** The review failed, timed out, or the changeset vanished while we watched. */
  REVIEW_FAILED: 3,
  /** The service could not be reached, answered with a server error, or refused the key. */
  UNREACHABLE: 4,
})

/** An error the user should see as one sentence on stderr, never as a stack trace. */
export class CliError extends Error {
  /** @param {number} exitCode @param {string} message */
  constructor(exitCode, message) {
    super(message)
    this.exitCode = exitCode
    /** The HTTP status when the service refused a request. @type {number | undefined} */
    this.status = undefined
  }
}

/** @param {string} message */
export const usageError = (message) => new CliError(EXIT.USAGE, message)

/** Ends a message with one full stop (or its own `?`/`!`), however the source phrased it. */
export function sentence(text) {
  const trimmed = String(text).trim().replace(/[.\s]+$/, '')
  return !trimmed || /[?!]$/.test(trimmed) ? trimmed : `${trimmed}.`
}
