// corpus: path=src/http/session.middleware.ts
import session from 'express-session'
import RedisStore from 'connect-redis'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { redis } from '../redis'
import { loadEnv } from '../config/env'

declare module 'express-session' {
  interface SessionData {
    userId?: string
    csrfToken?: string
    createdAt?: number
  }
}

const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function sessionMiddleware(secrets: string | string[]): RequestHandler {
  const env = loadEnv()
  return session({
    store: new RedisStore({ client: redis, prefix: 'sess:' }),
    // An array lets us rotate: the first secret signs, all of them verify.
    secret: secrets,
    name: '__Host-sid',
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      secure: env.COOKIE_SECURE,
      sameSite: 'lax',
      path: '/',
      maxAge: 30 * 60 * 1000,
    },
  })
}

export function absoluteTimeout(req: Request, res: Response, next: NextFunction): void {
  const created = req.session.createdAt
  if (created && Date.now() - created > ABSOLUTE_TIMEOUT_MS) {
    req.session.destroy(() => {
      res.clearCookie('__Host-sid', { path: '/' })
      res.status(401).json({ error: 'session_expired' })
    })
    return
  }
  next()
}

export function csrfToken(req: Request): string {
  if (!req.session.csrfToken) {
    req.session.csrfToken = randomBytes(32).toString('hex')
  }
  return req.session.csrfToken
}

export function csrfProtection(req: Request, res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) return next()
  const expected = req.session.csrfToken
  const presented = req.get('X-CSRF-Token')
  if (!expected || !presented || expected.length !== presented.length) {
    res.status(403).json({ error: 'csrf_token_invalid' })
    return
  }
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(presented))) {
    res.status(403).json({ error: 'csrf_token_invalid' })
    return
  }
  next()
}

export function regenerateOnLogin(req: Request, userId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // A fresh id at login defeats session fixation.
    req.session.regenerate((err) => {
      if (err) return reject(err)
      req.session.userId = userId
      req.session.createdAt = Date.now()
      req.session.save((saveErr) => (saveErr ? reject(saveErr) : resolve()))
    })
  })
}
