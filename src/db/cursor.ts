/**
 * Opaque keyset-pagination cursors: base64url JSON of the last row's sort key. Keyset (not
 * offset) pagination is what keeps pages free of duplicates and gaps while new rows arrive.
 */
export function encodeCursor(key: Record<string, string | number | null>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key))
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** The decoded key, or undefined when the cursor is not one of ours (the route answers 422). */
export function decodeCursor<T extends Record<string, unknown>>(cursor: string, isValid: (value: Record<string, unknown>) => value is T): T | undefined {
  try {
    const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
    const value = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))))
    return value && typeof value === 'object' && isValid(value) ? value : undefined
  } catch {
    return undefined
  }
}
