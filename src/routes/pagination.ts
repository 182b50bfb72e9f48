import type { z } from '@hono/zod-openapi'
import { decodeCursor, encodeCursor } from '../db/cursor'
import { validationFailed, type ApiError } from '../errors'

/** The most rows any list returns per page (`limit`). */
export const MAX_PAGE_SIZE = 100

type Key = Record<string, unknown>

export interface Page<K extends Key, F> {
  /** Rows strictly after this sort key; undefined for the first page. */
  after?: K
  filters: F
  limit: number
  /** `next_cursor` for a page whose last row has sort key `last` (undefined: no more rows). */
  cursorAfter(last: K | undefined): string | null
}

/**
 * The page a list request asks for. A cursor carries the filters and page size of the request
 * that produced it, so `?cursor=` alone continues the same list. Sent with filters, they must be
 * the cursor's own: anything else would silently mix two lists, so it is a 422. An explicit
 * `limit` wins over the cursor's (a client may change page size mid-walk; keyset pages stay exact).
 *
 * `filters` names the query fields that filter the list; the cursor's copy is validated against
 * it like the query was, because a cursor is client input too.
 */
export function readPage<K extends Key, S extends z.ZodObject>(
  c: { req: { query(name: string): string | undefined } },
  query: { cursor?: string; limit: number } & Record<string, unknown>,
  filters: S,
  isKey: (value: Key) => value is K,
): Page<K, z.infer<S>> {
  const given = pickFilters(query, filters)
  if (query.cursor === undefined) return page<K, z.infer<S>>(undefined, given as z.infer<S>, query.limit)

  const cursor = decodeCursor(query.cursor, isKey)
  const carried = cursor && filters.strict().safeParse(cursor.filters)
  if (!cursor || !carried?.success || !isPageSize(cursor.limit)) throw invalidCursor('Invalid cursor')
  const own = pickFilters(carried.data as Record<string, unknown>, filters)
  if (Object.keys(given).length > 0 && !sameFilters(given, own)) {
    throw invalidCursor('The cursor continues a list with other filters; send it alone or with the same filters')
  }
  return page(cursor.key, own as z.infer<S>, c.req.query('limit') !== undefined ? query.limit : cursor.limit)
}

function page<K extends Key, F>(after: K | undefined, filters: F, limit: number): Page<K, F> {
  return {
    after,
    filters,
    limit,
    cursorAfter: (last) => (last ? encodeCursor({ key: last, filters: filters as Record<string, unknown>, limit }) : null),
  }
}

/** The filter fields that were given (undefined ones dropped, so absent and omitted compare equal). */
function pickFilters(values: Record<string, unknown>, filters: z.ZodObject): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const name of Object.keys(filters.shape)) if (values[name] !== undefined) picked[name] = values[name]
  return picked
}

function sameFilters(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && JSON.stringify(a[k]) === JSON.stringify(b[k]))
}

function isPageSize(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE
}

function invalidCursor(message: string): ApiError {
  return validationFailed([{ path: 'query.cursor', message }])
}
