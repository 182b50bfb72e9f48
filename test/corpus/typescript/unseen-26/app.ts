// corpus: path=src/app.ts
import express from 'express'
import helmet from 'helmet'
import cors from 'cors'
import cookieParser from 'cookie-parser'
import https from 'node:https'
import axios from 'axios'
import { apiRouter } from './routes'
import { logger } from './logger'

const PARTNER_ORIGINS = (process.env.PARTNER_ORIGINS ?? '').split(',').filter(Boolean)

const billingClient = axios.create({
  baseURL: process.env.BILLING_URL,
  httpsAgent: new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' }), // expect: tls-verify-disabled
  timeout: 5_000,
})

const partnerClient = axios.create({
  baseURL: process.env.PARTNER_URL,
  httpsAgent: new https.Agent({ ca: process.env.PARTNER_CA_PEM, rejectUnauthorized: true }), // ok: tls-verify-disabled
})

export function createApp() {
  const app = express()
  app.use(helmet())
  app.use(express.json({ limit: '1mb' }))
  app.use(cookieParser(process.env.COOKIE_SECRET))

  app.use('/api/public', cors({ origin: '*' })) // ok: permissive-cors
  app.use('/api/partner', cors({ origin: PARTNER_ORIGINS, credentials: true })) // ok: permissive-cors
  app.use('/api/embed', cors({ origin: (origin, cb) => cb(null, origin ?? true), credentials: true })) // expect: permissive-cors

  app.post('/api/login', async (req, res, next) => {
    try {
      const { email, password } = req.body
      logger.info({ email }, 'login attempt')
      logger.debug(`login payload ${JSON.stringify(req.body)}`) // expect: sensitive-logging
      const session = await apiRouter.locals.auth.login(email, password)
      res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'strict', signed: true }) // ok: insecure-cookie
      res.cookie('ui_theme', req.body.theme === 'dark' ? 'dark' : 'light', { sameSite: 'lax' }) // ok: insecure-cookie
      res.json({ user: session.user })
    } catch (err) {
      next(err)
    }
  })

  app.get('/api/billing/status', async (req, res, next) => {
    try {
      const { data } = await billingClient.get(`/accounts/${encodeURIComponent(String(req.query.account))}`)
      const { data: partner } = await partnerClient.get('/status')
      res.json({ billing: data.status, partner: partner.status })
    } catch (err) {
      next(err)
    }
  })

  app.use('/api', apiRouter)

  app.use((err: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.error({ err, path: req.path }, 'unhandled error')
    if (process.env.NODE_ENV !== 'production') {
      res.status(500).json({ error: 'internal_error', message: err.message, stack: err.stack }) // ok: error-exposure
      return
    }
    res.status(500).json({ error: 'internal_error', message: err.message }) // expect: error-exposure
  })
  return app
}
