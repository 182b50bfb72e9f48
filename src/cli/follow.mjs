// Follows one revision's review to its end over the changeset's SSE stream, resuming after the
// last seen `seq` when the connection drops, and asking D1 (GET) whenever the stream cannot say.
import { anySignal } from './api.mjs'
import { CliError, EXIT } from './errors.mjs'
import { readSse } from './sse.mjs'

export const TERMINAL = new Set(['reviewed', 'failed'])
const MAX_CONSECUTIVE_FAILURES = 5

/**
 * @typedef {{ status: string, revision: number, error: string | null }} Outcome
 * @param {import('./api.mjs').ApiClient} client
 * @param {string} changesetId
 * @param {{ revision: number, timeoutSeconds: number, onEvent?: (event: any) => void, signal?: AbortSignal }} options
 * @returns {Promise<Outcome>}
 */
export async function followReview(client, changesetId, { revision, timeoutSeconds, onEvent = () => {}, signal }) {
  const timeout = AbortSignal.timeout(timeoutSeconds * 1000)
  const stop = anySignal(signal, timeout)
  const path = `/api/changesets/${encodeURIComponent(changesetId)}`
  let since
  let failures = 0
  let streamUsable = true

  const timedOut = () =>
    new CliError(
      EXIT.REVIEW_FAILED,
      `The review did not finish within ${timeoutSeconds} s; it continues on the service (see \`cra status ${changesetId}\`)`,
    )

  for (;;) {
    try {
      if (streamUsable) {
        const res = await client.send(`${path}/events`, {
          accept: 'text/event-stream',
          query: { since },
          signal: stop,
          timeoutMs: null,
          what: 'watching the review',
        })
        // Node's web streams are async iterable; the DOM typings do not say so.
        for await (const message of readSse(/** @type {AsyncIterable<Uint8Array>} */ (/** @type {unknown} */ (res.body)))) {
          if (message.event === 'closed') throw new CliError(EXIT.REVIEW_FAILED, 'The changeset was deleted while it was being reviewed')
          const event = parseEvent(message.data)
          if (!event) continue
          if (typeof event.seq === 'number') since = event.seq
          failures = 0
          onEvent(event)
          const outcome = outcomeOf(event, revision)
          if (outcome) return outcome
        }
      }
      // The stream ended (or cannot be used) without the end: D1 knows where things stand.
      const changeset = await client.json(path, { signal: stop })
      onEvent({ type: 'status', status: changeset.status, revision: changeset.revision, error: changeset.error })
      const outcome = outcomeOf({ type: 'status', ...changeset }, revision)
      if (outcome) return outcome
    } catch (err) {
      if (timeout.aborted) throw timedOut()
      if (signal?.aborted) throw err
      const exitCode = err instanceof CliError ? err.exitCode : EXIT.UNREACHABLE
      // A proxy that strips `Accept: text/event-stream` gets 426: poll instead of streaming.
      if (/** @type {any} */ (err).status === 426) streamUsable = false
      else if (exitCode !== EXIT.UNREACHABLE || ++failures > MAX_CONSECUTIVE_FAILURES) throw err
    }
    try {
      await sleep(streamUsable ? Math.min(500 * 2 ** failures, 5000) : 1000, stop)
    } catch {
      if (timeout.aborted) throw timedOut()
      throw signal?.reason ?? new Error('aborted')
    }
  }
}

/** @returns {Outcome | null} */
export function outcomeOf(event, revision) {
  if (event.type !== 'snapshot' && event.type !== 'status') return null
  if (typeof event.revision !== 'number' || event.revision < revision || !TERMINAL.has(event.status)) return null
  return { status: event.status, revision: event.revision, error: event.error ?? null }
}

function parseEvent(data) {
  try {
    const event = JSON.parse(data)
    return event && typeof event === 'object' ? event : null
  } catch {
    return null
  }
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(signal.reason)
    }, { once: true })
  })
}
