// corpus: path=src/app.ts
import express, { type NextFunction, type Request, type Response } from 'express'
import helmet from 'helmet'
import cors from 'cors'
import session from 'express-session'
import RedisStore from 'connect-redis'
import { createClient } from 'redis'
import rateLimit from 'express-rate-limit'
import { pinoHttp } from 'pino-http'
import { config, isProduction } from './config'
import { logger } from './lib/logger'
import { stripeWebhookRouter } from './routes/stripe-webhook'
import { settingsRouter } from './routes/settings'
import { HttpError } from './lib/errors'

export async function createApp() {
  const redis = createClient({ url: config.redisUrl })
  await redis.connect()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 1)
  app.use(helmet())
  app.use(pinoHttp({ logger }))
  app.use(
    cors({
      origin: (origin, cb) => cb(null, !origin || config.corsOrigins.includes(origin)),
      credentials: true,
    }),
  )

  // The webhook needs the raw body, so it is mounted before the JSON parser.
  app.use(stripeWebhookRouter)
  app.use(express.json({ limit: '256kb' }))
  app.use(
    session({
      store: new RedisStore({ client: redis, prefix: 'sess:' }),
      secret: config.sessionSecret,
      name: 'sid',
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: isProduction(), sameSite: 'lax', maxAge: 1000 * 60 * 60 * 8 },
    }),
  )
  app.use('/api', rateLimit({ windowMs: 60_000, limit: 120, standardHeaders: 'draft-7', legacyHeaders: false }))
  app.use('/api/settings', settingsRouter)

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true })
  })

  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'Not found' } })
  })

  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof HttpError) {
      res.status(err.status).json({ error: { code: err.code, message: err.message } })
      return
    }
    req.log.error({ err }, 'unhandled error')
    res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong' } })
  })

  return { app, redis }
}
