import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import { readConfig } from '../config'
import type { AppEnv } from '../types'

/**
 * Every request body is capped. Most bodies are a handful of fields, so the default is small;
 * only routes that carry whole diffs opt into `MAX_BODY_BYTES` with `limitBody()`. A route that
 * forgets to opt in fails closed (413), never open.
 */
export const SMALL_BODY_BYTES = 64 * 1024

export interface BodyLimit {
  maxBytes: number
  /** What the 413 names in `details`, so callers know which knob to look at. */
  name: string
}

const SUBMISSION_LIMIT = new WeakSet<MiddlewareHandler<AppEnv>>()

/**
 * Route middleware: this route takes bodies up to `MAX_BODY_BYTES` (diff submissions). It only
 * marks the route; `readBody()` in front of every route reads the mark before reading the body.
 */
export function limitBody(): MiddlewareHandler<AppEnv> {
  const mark: MiddlewareHandler<AppEnv> = (_c, next) => next()
  SUBMISSION_LIMIT.add(mark)
  return mark
}

/** The body limit of the route this request matched. */
export function bodyLimitFor(c: Context<AppEnv>): BodyLimit {
  const maxBodyBytes = readConfig(c.env).limits.maxBodyBytes
  if (matchedRoutes(c).some((route) => SUBMISSION_LIMIT.has(route.handler as MiddlewareHandler<AppEnv>))) {
    return { maxBytes: maxBodyBytes, name: 'MAX_BODY_BYTES' }
  }
  return { maxBytes: Math.min(SMALL_BODY_BYTES, maxBodyBytes), name: 'body' }
}
