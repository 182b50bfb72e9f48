// corpus: path=src/app.ts
import express from 'express'
import errorhandler from 'errorhandler'
import { ordersRouter } from './routes/orders'

export function createApp() {
  const app = express()
  app.use(express.json())
  app.use('/orders', ordersRouter)
  if (process.env.NODE_ENV === 'development') {
    app.use(errorhandler()) // ok: debug-mode
  }
  return app
}
