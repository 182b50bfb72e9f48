// corpus: path=src/index.ts
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { orders } from './routes/orders'

const app = new Hono()
app.route('/orders', orders)

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse()
  console.error(err)
  return c.json({ error: 'Internal Server Error' }, 500) // ok: error-exposure
})

export default app
