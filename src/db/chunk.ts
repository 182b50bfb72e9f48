/** D1 binds at most 100 parameters per statement. */
export const D1_MAX_PARAMS = 100

/**
 * Splits rows for multi-row INSERTs so each statement stays under D1's bound-parameter limit
 * and, when `sizeOf` is given, under `maxBytes` of payload (big diffs go a few per statement).
 */
export function chunkRows<T>(
  rows: readonly T[],
  columnsPerRow: number,
  sizeOf?: (row: T) => number,
  maxBytes = 1_000_000,
): T[][] {
  const perStatement = Math.max(1, Math.floor(D1_MAX_PARAMS / columnsPerRow))
  const chunks: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const row of rows) {
    const size = sizeOf ? sizeOf(row) : 0
    if (current.length > 0 && (current.length >= perStatement || bytes + size > maxBytes)) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(row)
    bytes += size
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** Columns an insert binds, so chunking follows the table rather than a hand-kept number. */
export function columnCount(row: object): number {
  return Object.keys(row).length
}
