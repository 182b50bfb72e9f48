// corpus: path=src/server.ts
import express from 'express'
import session from 'express-session'
import lusca from 'lusca'
import { accountRouter } from './routes/account'

const app = express()
app.use(express.urlencoded({ extended: false }))
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }))
app.use(
  lusca({
    csrf: false, // expect: csrf-disabled
    xframe: 'SAMEORIGIN',
    hsts: { maxAge: 31536000, includeSubDomains: true },
    nosniff: true,
  }),
)
app.use('/account', accountRouter)

export default app
