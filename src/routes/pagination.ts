import { decodeCursor } from '../db/cursor'
import { ApiError } from '../errors'

/** The decoded `cursor` query parameter, undefined when absent; a cursor that is not ours is a 422. */
export function readCursor<T extends Record<string, unknown>>(
  cursor: string | undefined,
  isValid: (value: Record<string, unknown>) => value is T,
): T | undefined {
  if (cursor === undefined) return undefined
  const decoded = decodeCursor(cursor, isValid)
  if (!decoded) throw new ApiError(422, 'validation_failed', 'Request validation failed', [{ path: 'query.cursor', message: 'Invalid cursor' }])
  return decoded
}
