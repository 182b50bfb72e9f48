// The HTTP client and the live follower against a scripted local HTTP server, for what the real
// Worker will not do on demand: server errors, rate limits, a dropped event stream.
import { createServer } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiClient } from '../src/cli/api.mjs'
import { CliError, EXIT } from '../src/cli/errors.mjs'
import { followReview } from '../src/cli/follow.mjs'

/** @type {import('node:http').Server | null} */
let server = null

/** Serves `handler`; returns a client for it and the requests it saw. */
async function serve(handler) {
  const seen = []
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers })
    handler(req, res, seen.length)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  return { client: new ApiClient({ url: `http://127.0.0.1:${port}`, key: 'k', version: 'test' }), seen }
}

afterEach(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined))
  server = null
})

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

async function failureOf(promise) {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(CliError)
    return { exitCode: err.exitCode, message: err.message }
  }
  throw new Error('expected a failure')
}

describe('ApiClient', () => {
  it('sends the key and a user agent, and waits out a 429 before retrying', async () => {
    const { client, seen } = await serve((_req, res, n) =>
      n === 1 ? json(res, 429, { error: { code: 'rate_limited', message: 'Too many requests' } }, { 'retry-after': '1' }) : json(res, 200, { ok: true }),
    )
    const started = Date.now()
    expect(await client.json('/api/changesets/x')).toEqual({ ok: true })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(seen).toHaveLength(2)
    expect(seen[0].headers).toMatchObject({ authorization: 'Bearer k', 'user-agent': expect.stringMatching(/^cra\/test node\//) })
  })

  it.each([
    [500, { error: { code: 'internal_error', message: 'Internal server error', request_id: 'req-1' } }, EXIT.UNREACHABLE,
      'The service failed on GET /api/x (HTTP 500 internal_error: internal server error) (request id req-1)'],
    [503, { error: { code: 'unavailable', message: 'D1 is down' } }, EXIT.UNREACHABLE, 'The service failed on GET /api/x (HTTP 503 unavailable: d1 is down)'],
    [401, { error: { code: 'unauthorized', message: 'API key has been revoked' } }, EXIT.UNREACHABLE, 'refused the API key: API key has been revoked'],
    [404, { error: { code: 'not_found', message: 'Changeset x not found' } }, EXIT.USAGE, 'Changeset x not found'],
    [409, { error: { code: 'conflict', message: 'Another revision was submitted at the same time' } }, EXIT.USAGE, 'Another revision was submitted at the same time'],
    [413, { error: { code: 'payload_too_large', message: 'x', details: [{ path: 'MAX_BODY_BYTES', message: 'Request body exceeds MAX_BODY_BYTES (5242880 bytes)' }] } }, EXIT.USAGE,
      'The service refused the diff as too large: Request body exceeds MAX_BODY_BYTES (5242880 bytes)'],
  ])('maps HTTP %i to exit %#', async (status, body, exitCode, message) => {
    const { client } = await serve((_req, res) => json(res, status, body))
    const failure = await failureOf(client.json('/api/x'))
    expect(failure.exitCode).toBe(exitCode)
    expect(failure.message).toContain(message)
  })

  it('refuses a /health that is not the service', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<html>hello</html>')
    })
    expect(await failureOf(client.health())).toEqual({
      exitCode: EXIT.UNREACHABLE,
      message: expect.stringMatching(/does not look like the Code Review Assistant \(GET \/health answered HTTP 200\)$/),
    })
  })

  it('says the service is unhealthy when /health answers 503', async () => {
    const { client } = await serve((_req, res) => json(res, 503, { status: 'unavailable', database: 'error' }))
    expect(await failureOf(client.health())).toMatchObject({ exitCode: EXIT.UNREACHABLE, message: expect.stringMatching(/is unhealthy \(database: error\)$/) })
  })

  it('gives up on a request that does not answer in time', async () => {
    const { client } = await serve(() => {}) // never answers
    expect(await failureOf(client.json('/api/x', { timeoutMs: 200 }))).toMatchObject({ exitCode: EXIT.UNREACHABLE, message: expect.stringMatching(/did not answer within 0.2 s$/) })
  })
})

describe('followReview', () => {
  const frame = (event) => `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`

  it('resumes after the last seq when the stream drops, and ends on its revision\'s terminal status', async () => {
    const { client, seen } = await serve((req, res) => {
      if (req.url?.startsWith('/api/changesets/cs/events')) {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        if (!req.url.includes('since=')) {
          res.write(': connected\n\n')
          res.write(frame({ type: 'snapshot', seq: 4, status: 'reviewed', revision: 1 })) // the previous revision's end
          res.write(frame({ type: 'status', seq: 5, status: 'in_progress', revision: 2 }))
          res.end() // dropped mid-review
        } else {
          res.end(frame({ type: 'status', seq: 6, status: 'reviewed', revision: 2 }))
        }
        return
      }
      json(res, 200, { id: 'cs', status: 'in_progress', revision: 2, error: null })
    })
    const events = []
    const outcome = await followReview(client, 'cs', { revision: 2, timeoutSeconds: 10, onEvent: (e) => events.push(e) })
    expect(outcome).toEqual({ status: 'reviewed', revision: 2, error: null })
    expect(seen.map((r) => r.url)).toEqual(['/api/changesets/cs/events', '/api/changesets/cs', '/api/changesets/cs/events?since=5'])
    expect(seen[0].headers.accept).toBe('text/event-stream')
    expect(events.map((e) => e.seq ?? e.type)).toEqual([4, 5, 'status', 6])
  })

  it('polls when the stream cannot be opened (426), and reports a failed review', async () => {
    let polls = 0
    const { client } = await serve((req, res) => {
      if (req.url?.includes('/events')) return json(res, 426, { error: { code: 'upgrade_required', message: 'Open this URL as a WebSocket' } })
      polls++
      json(res, 200, polls < 2 ? { status: 'pending', revision: 1, error: null } : { status: 'failed', revision: 1, error: 'rule engine crashed' })
    })
    expect(await followReview(client, 'cs', { revision: 1, timeoutSeconds: 10 })).toEqual({ status: 'failed', revision: 1, error: 'rule engine crashed' })
    expect(polls).toBe(2)
  })

  it('says the changeset was deleted when the stream closes for it', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.end('event: closed\ndata: {"type":"closed","reason":"changeset deleted"}\n\n')
    })
    expect(await failureOf(followReview(client, 'cs', { revision: 1, timeoutSeconds: 10 }))).toEqual({
      exitCode: EXIT.REVIEW_FAILED,
      message: 'The changeset was deleted while it was being reviewed',
    })
  })

  it('times out with exit 3 while the stream stays open without an end', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write(frame({ type: 'snapshot', seq: 0, status: 'in_progress', revision: 1 }))
    })
    expect(await failureOf(followReview(client, 'cs-9', { revision: 1, timeoutSeconds: 0.3 }))).toEqual({
      exitCode: EXIT.REVIEW_FAILED,
      message: 'The review did not finish within 0.3 s; it continues on the service (see `cra status cs-9`)',
    })
  })
})
