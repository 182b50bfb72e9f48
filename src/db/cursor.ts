import { decodeBase64Url, encodeBase64Url } from '../base64url'

/**
 * Opaque keyset-pagination cursors: base64url JSON of the last row's sort key, plus the filters
 * and page size of the list it belongs to. Keyset (not offset) pagination is what keeps pages
 * free of duplicates and gaps while new rows arrive; carrying the filters is what lets
 * `?cursor=` alone continue the same list instead of the unfiltered one.
 */
export interface PageCursor<K> {
  /** The sort key of the last row returned. */
  key: K
  filters: Record<string, unknown>
  limit: number
}

export function encodeCursor(cursor: PageCursor<Record<string, unknown>>): string {
  return encodeBase64Url(JSON.stringify({ k: cursor.key, f: cursor.filters, n: cursor.limit }))
}

/** The decoded cursor, or undefined when it is not one of ours (the route answers 422). */
export function decodeCursor<K extends Record<string, unknown>>(
  cursor: string,
  isKey: (value: Record<string, unknown>) => value is K,
): PageCursor<K> | undefined {
  try {
    const value: unknown = JSON.parse(decodeBase64Url(cursor))
    if (!isRecord(value) || !isRecord(value.k) || !isRecord(value.f) || !Number.isInteger(value.n)) return undefined
    return isKey(value.k) ? { key: value.k, filters: value.f, limit: value.n as number } : undefined
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
