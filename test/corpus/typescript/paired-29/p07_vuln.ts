// corpus: path=src/index.ts
import { Hono } from 'hono'
import { orders } from './routes/orders'

const app = new Hono()
app.route('/orders', orders)

app.onError((err, c) => {
  return c.json({ error: err.message, stack: err.stack }, 500) // expect: error-exposure
})

export default app
