// corpus: path=src/server/session.ts
import session from 'express-session'
import type { Express } from 'express'

export function installSessions(app: Express) {
  app.set('trust proxy', 1)
  app.use(
    session({ // ok: insecure-cookie
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 7 * 24 * 3600 * 1000 },
    }),
  )
}
