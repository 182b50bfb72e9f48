// The service's REST API over Node's fetch. Every failure becomes one CliError sentence with the
// exit code a CI job can branch on; the service's own message is kept (and its request id for 5xx).
import { CliError, EXIT } from './errors.mjs'
import { isLoopback } from './connection.mjs'

const REQUEST_TIMEOUT_MS = 30_000
// A submission can be megabytes; give a slow uplink time to send it.
const UPLOAD_TIMEOUT_MS = 120_000
const MAX_RATE_LIMIT_WAITS = 3

/**
 * @typedef {{ method?: string, body?: unknown, accept?: string, query?: Record<string, string | number | undefined>,
 *   signal?: AbortSignal, timeoutMs?: number | null, what?: string }} RequestOptions
 */

export class ApiClient {
  /** @param {{ url: string, key: string, version?: string, fetch?: typeof fetch }} config */
  constructor({ url, key, version = '0', fetch: fetchImpl = globalThis.fetch }) {
    this.url = url
    this.key = key
    this.userAgent = `cra/${version} node/${process.versions.node}`
    this.fetch = fetchImpl
  }

  /** Sends one request and returns the raw response once it is known to be 2xx. */
  async send(path, /** @type {RequestOptions} */ options = {}) {
    const { method = 'GET', body, accept = 'application/json', query, signal, what } = options
    const timeoutMs = options.timeoutMs !== undefined ? options.timeoutMs : body === undefined ? REQUEST_TIMEOUT_MS : UPLOAD_TIMEOUT_MS
    const url = new URL(this.url + path)
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v))
    const headers = { authorization: `Bearer ${this.key}`, accept, 'user-agent': this.userAgent }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)

    for (let waits = 0; ; waits++) {
      let res
      try {
        res = await this.fetch(url, { method, headers, body: payload, signal: anySignal(signal, timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined) })
      } catch (err) {
        if (signal?.aborted) throw err
        throw this.unreachable(err, timeoutMs)
      }
      if (res.ok) return res
      if (res.status === 429 && waits < MAX_RATE_LIMIT_WAITS) {
        const seconds = Math.min(Number(res.headers.get('retry-after')) || 2, 30)
        await res.body?.cancel()
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
        continue
      }
      const error = await this.refused(res, what ?? `${method} ${path}`)
      error.status = res.status
      throw error
    }
  }

  /** @returns {Promise<any>} */
  async json(path, options = {}) {
    const res = await this.send(path, options)
    try {
      return await res.json()
    } catch {
      throw new CliError(EXIT.UNREACHABLE, `The service at ${this.url} answered ${path} with something that is not JSON`)
    }
  }

  /** Every item of a cursor-paginated list. */
  async all(path, query = {}) {
    const items = []
    let cursor
    do {
      const page = await this.json(path, { query: { ...query, limit: 100, cursor } })
      items.push(...page.data)
      cursor = page.next_cursor ?? undefined
    } while (cursor)
    return items
  }

  /** `/health` is public: it tells us the service is there and which limits it enforces. */
  async health() {
    let res
    try {
      res = await this.fetch(`${this.url}/health`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    } catch (err) {
      throw this.unreachable(err, REQUEST_TIMEOUT_MS)
    }
    const body = await res.json().catch(() => null)
    if (!body || typeof body !== 'object' || !body.status) {
      throw new CliError(EXIT.UNREACHABLE, `${this.url} does not look like the Code Review Assistant (GET /health answered HTTP ${res.status})`)
    }
    if (res.status >= 500 || body.status === 'unavailable') {
      throw new CliError(EXIT.UNREACHABLE, `The service at ${this.url} is unhealthy (database: ${body.database ?? 'unknown'})`)
    }
    return body
  }

  unreachable(err, timeoutMs) {
    const cause = /** @type {any} */ (err)?.cause ?? err
    if (cause?.name === 'TimeoutError' || err?.name === 'TimeoutError') {
      return new CliError(EXIT.UNREACHABLE, `The service at ${this.url} did not answer within ${timeoutMs / 1000} s`)
    }
    const reason = cause?.code ?? cause?.message ?? String(err)
    const hint = isLoopback(this.url) ? '; is `npm run dev` running?' : ''
    return new CliError(EXIT.UNREACHABLE, `Could not reach the service at ${this.url} (${reason})${hint}`)
  }

  async refused(res, what) {
    const body = await res.json().catch(() => null)
    const error = body?.error ?? {}
    const message = error.message ?? res.statusText ?? `HTTP ${res.status}`
    const details = Array.isArray(error.details) ? error.details : []
    const id = error.request_id ? ` (request id ${error.request_id})` : ''
    switch (res.status) {
      case 401:
        return new CliError(EXIT.UNREACHABLE, `The service at ${this.url} refused the API key: ${lower(message)}`)
      case 403:
        return new CliError(EXIT.UNREACHABLE, `The API key may not do this (${what}): ${lower(message)}`)
      case 413:
        return new CliError(EXIT.USAGE, `The service refused the diff as too large: ${details.map((d) => d.message).join('; ') || message}`)
      case 422:
        return new CliError(
          EXIT.USAGE,
          `The service refused the request: ${details.map((d) => `${describeField(d.path)} ${d.message}`).join('; ') || message}`,
        )
      case 429:
        return new CliError(EXIT.UNREACHABLE, `The service is rate-limiting this API key: ${lower(message)}`)
      default:
        if (res.status >= 500) {
          return new CliError(EXIT.UNREACHABLE, `The service failed on ${what} (HTTP ${res.status}${error.code ? ` ${error.code}` : ''}: ${lower(message)})${id}`)
        }
        return new CliError(EXIT.USAGE, message)
    }
  }
}

/** One signal that aborts when any of them does (`AbortSignal.any` needs Node 20.3). */
export function anySignal(...signals) {
  const present = signals.filter(Boolean)
  if (present.length <= 1) return present[0]
  const controller = new AbortController()
  for (const s of present) {
    if (s.aborted) {
      controller.abort(s.reason)
      break
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true })
  }
  return controller.signal
}

/** `json.options.enable` → `option enable:` — the user wrote flags or YAML, not JSON. */
function describeField(field = '') {
  const parts = String(field).replace(/^json\./, '').split('.')
  if (parts[0] === 'options' && parts[1]) return `option \`${parts[1]}\`:`
  return `${parts.join('.')}:`
}

const lower = (text) => String(text).replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase())
