// corpus: path=src/server/session.ts
import session from 'express-session'
import type { Express } from 'express'

export function installSessions(app: Express) {
  app.use(
    session({ // expect: insecure-cookie
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: false, maxAge: 7 * 24 * 3600 * 1000 },
    }),
  )
}
