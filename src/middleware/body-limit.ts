import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { readConfig } from '../config'
import { ApiError } from '../errors'
import type { AppEnv } from '../types'

/** Refuses request bodies over `MAX_BODY_BYTES` (413) before they are parsed, chunked uploads included. */
export function limitBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const maxSize = readConfig(c.env).limits.maxBodyBytes
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `Request body exceeds MAX_BODY_BYTES (${maxSize} bytes)`, [
          { path: 'MAX_BODY_BYTES', message: `limit is ${maxSize} bytes` },
        ])
      },
    })(c, next)
  }
}
