/** D1 binds at most 100 parameters per statement. */
export const D1_MAX_PARAMS = 100

/** A query builder that can say what it binds (every drizzle builder can). */
export interface Renderable {
  toSQL(): { params: unknown[] }
}

/**
 * Builds multi-row statements with `build`, each binding at most D1_MAX_PARAMS values and, when
 * `sizeOf` is given, carrying at most `maxBytes` of payload (big diffs go a few per statement).
 *
 * A row costs what a one-row statement really binds, not the keys it names: drizzle also binds
 * the defaults of columns the row leaves out, which is how counting keys once let 11 file rows
 * reach 110 parameters. Summing one-row costs never undercounts a statement's fixed parameters.
 */
export function chunkedStatements<T, S extends Renderable>(
  rows: readonly T[],
  build: (rows: T[]) => S,
  sizeOf?: (row: T) => number,
  maxBytes = 1_000_000,
): S[] {
  const statements: S[] = []
  let current: T[] = []
  let params = 0
  let bytes = 0
  for (const row of rows) {
    const cost = build([row]).toSQL().params.length
    if (cost > D1_MAX_PARAMS) throw new Error(`one row binds ${cost} parameters, over D1's ${D1_MAX_PARAMS}`)
    const size = sizeOf ? sizeOf(row) : 0
    if (current.length > 0 && (params + cost > D1_MAX_PARAMS || bytes + size > maxBytes)) {
      statements.push(build(current))
      current = []
      params = 0
      bytes = 0
    }
    current.push(row)
    params += cost
    bytes += size
  }
  if (current.length > 0) statements.push(build(current))
  return statements
}

// Lists bound as one JSON parameter and read back with json_each stay at one parameter however
// long they are; only D1's 2 MB value limit applies (600k UTF-16 units are at most 1.8 MB of UTF-8).
const MAX_JSON_CHARS = 600_000

/** `rows` as JSON arrays for `json_each(?)`, split only where one array would pass D1's value limit. */
export function chunkJson(rows: readonly object[], maxChars = MAX_JSON_CHARS): string[] {
  const chunks: string[] = []
  let current: string[] = []
  let chars = 2
  for (const row of rows) {
    const encoded = JSON.stringify(row)
    if (current.length > 0 && chars + encoded.length + 1 > maxChars) {
      chunks.push(`[${current.join(',')}]`)
      current = []
      chars = 2
    }
    current.push(encoded)
    chars += encoded.length + 1
  }
  if (current.length > 0) chunks.push(`[${current.join(',')}]`)
  return chunks
}
