import { ReviewOptionsSchema } from '../contracts/review-options'
import type { ReviewOptions } from '../review/types'

/** Stored options were validated on the way in; parse again so a bad row cannot reach the engine. */
export function toEngineOptions(stored: unknown): ReviewOptions {
  const parsed = ReviewOptionsSchema.safeParse(stored ?? {})
  if (!parsed.success) return {}
  const { ai: _ai, ...engine } = parsed.data
  return engine
}
