import type { Context } from 'hono'

/**
 * Sets response headers where that is possible. A 101 WebSocket response cannot carry extra
 * headers, and a response passed through from a Durable Object has immutable headers, so it
 * is copied first (honojs/hono#1572).
 */
export function setResponseHeaders(c: Context, headers: Record<string, string>): void {
  if (c.res.status === 101) return
  try {
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  } catch {
    // Hono's `res` setter rebuilds the response with mutable headers.
    c.res = new Response(c.res.body, c.res)
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  }
}
