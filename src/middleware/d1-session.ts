import type { MiddlewareHandler } from 'hono'
import { validationFailed } from '../errors'
import type { AppEnv } from '../types'

export const BOOKMARK_HEADER = 'X-D1-Bookmark'
/** D1 bookmarks are dash-separated hex groups; anything else is refused before D1 sees it. */
const BOOKMARK = /^[0-9a-f]+(?:-[0-9a-f]+){1,7}$/i

/**
 * D1 read replication through the Sessions API, behind `D1_READ_REPLICAS = "on"`. Reads start
 * on any replica (`first-unconstrained`), or on one at least as new as the bookmark the client
 * sends back, so a client that echoes `X-D1-Bookmark` reads its own writes; writes start on the
 * primary. Every answer carries the session's latest bookmark. Off, requests use `env.DB` as is.
 *
 * The session stands in for `env.DB` for this request only (a per-request copy of env; the
 * isolate's env object is shared). The queue consumer, watchdog and sweep never see it: they
 * decide on state, so they stay on the primary.
 */
export function d1Sessions(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Event streams come back from a Durable Object with immutable headers, and hold no reads to resume.
    if (c.env.D1_READ_REPLICAS !== 'on' || c.req.path.endsWith('/events')) return next()
    const read = c.req.method === 'GET' || c.req.method === 'HEAD'
    const sent = c.req.header(BOOKMARK_HEADER)
    if (sent && (sent.length > 256 || !BOOKMARK.test(sent))) {
      const message = `${BOOKMARK_HEADER} must be a bookmark this API returned`
      throw validationFailed([{ path: `header.${BOOKMARK_HEADER.toLowerCase()}`, message }])
    }
    const session = c.env.DB.withSession(read ? sent || 'first-unconstrained' : 'first-primary')
    // Drizzle and our batch helper only call prepare() and batch(), which a session has.
    c.env = { ...c.env, DB: session as unknown as D1Database }
    await next()
    const bookmark = session.getBookmark()
    if (bookmark) c.header(BOOKMARK_HEADER, bookmark)
  }
}
