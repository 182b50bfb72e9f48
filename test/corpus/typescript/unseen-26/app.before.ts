import express from 'express'
import helmet from 'helmet'
import cookieParser from 'cookie-parser'
import { apiRouter } from './routes'
import { logger } from './logger'

export function createApp() {
  const app = express()
  app.use(helmet())
  app.use(express.json({ limit: '1mb' }))
  app.use(cookieParser())
  app.use('/api', apiRouter)
  app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.error({ err }, 'unhandled error')
    res.status(500).json({ error: 'internal_error' })
  })
  return app
}
