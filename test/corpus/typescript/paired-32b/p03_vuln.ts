// corpus: path=src/app.ts
import express from 'express'
import errorhandler from 'errorhandler'
import { ordersRouter } from './routes/orders'

export function createApp() {
  const app = express()
  app.use(express.json())
  app.use('/orders', ordersRouter)
  app.use(errorhandler()) // expect: debug-mode
  return app
}
