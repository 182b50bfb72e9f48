import { decodeBase64Url, encodeBase64Url } from '../base64url'

/**
 * Opaque keyset-pagination cursors: base64url JSON of the last row's sort key. Keyset (not
 * offset) pagination is what keeps pages free of duplicates and gaps while new rows arrive.
 */
export function encodeCursor(key: Record<string, string | number | null>): string {
  return encodeBase64Url(JSON.stringify(key))
}

/** The decoded key, or undefined when the cursor is not one of ours (the route answers 422). */
export function decodeCursor<T extends Record<string, unknown>>(cursor: string, isValid: (value: Record<string, unknown>) => value is T): T | undefined {
  try {
    const value = JSON.parse(decodeBase64Url(cursor))
    return value && typeof value === 'object' && isValid(value) ? value : undefined
  } catch {
    return undefined
  }
}
