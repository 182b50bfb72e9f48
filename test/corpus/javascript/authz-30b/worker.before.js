import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { purgeCache, reindexCatalogue, listProducts, getProduct } from './handlers'

const app = new Hono()

app.use('/admin/*', (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next))

app.get('/products', listProducts)
app.get('/products/:slug', getProduct)

app.post('/admin/cache/purge', purgeCache)
app.post('/admin/catalogue/reindex', reindexCatalogue)
app.get('/admin/catalogue/export', async (c) => {
  const rows = await c.env.DB.prepare('SELECT * FROM products').all()
  return c.json(rows.results)
})

export default app
