import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { purgeCache, reindexCatalogue, listProducts, getProduct } from './handlers'

const app = new Hono()

app.use('/admin/*', (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next))

app.get('/products', listProducts)
app.get('/products/:slug', getProduct)

app.post('/cache/purge', purgeCache) // expect: missing-authorization
app.post('/admin/v2/catalogue/reindex', reindexCatalogue) // ok: missing-authorization
app.get('/catalogue/export', async (c) => { // ok: missing-authorization
  const rows = await c.env.DB.prepare('SELECT slug, name, price FROM products WHERE published = 1').all()
  return c.json(rows.results)
})

export default app
