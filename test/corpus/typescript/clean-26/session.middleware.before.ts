import session from 'express-session'
import RedisStore from 'connect-redis'
import type { RequestHandler } from 'express'
import { redis } from '../redis'

export function sessionMiddleware(secret: string): RequestHandler {
  return session({
    store: new RedisStore({ client: redis, prefix: 'sess:' }),
    secret,
    resave: false,
    saveUninitialized: false,
  })
}
