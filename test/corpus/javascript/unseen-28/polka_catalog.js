// corpus: path=api/catalog.mjs
import polka from 'polka'
import { json } from '@polka/parse'
import { Model, raw } from 'objection'
import Knex from 'knex'

const knex = Knex({ client: 'pg', connection: process.env.DATABASE_URL })
Model.knex(knex)

class Product extends Model {
  static tableName = 'products'
}

class Review extends Model {
  static tableName = 'reviews'
}

const SORTABLE = new Set(['name', 'price', 'created_at'])

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}

const app = polka()
app.use(json())

app.get('/products', async (req, res) => {
  const { q = '', sort = 'name', dir = 'asc' } = req.query
  const column = SORTABLE.has(sort) ? sort : 'name'
  const direction = dir === 'desc' ? 'desc' : 'asc'
  const rows = await Product.query()
    .whereRaw('name ILIKE ?', [`%${q}%`]) // ok: sql-injection
    .orderBy(column, direction)
    .limit(50)
  send(res, 200, rows)
})

app.get('/products/search', async (req, res) => {
  const term = req.query.term || ''
  const rows = await Product.query().whereRaw(`to_tsvector(description) @@ plainto_tsquery('${term}')`) // expect: sql-injection
  send(res, 200, rows)
})

app.get('/products/by-price', async (req, res) => {
  const rows = await Product.query()
    .select('id', 'name', 'price')
    .orderByRaw(`price ${req.query.order}`) // expect: sql-injection
  send(res, 200, rows)
})

app.get('/products/:id/reviews', async (req, res) => {
  const rows = await Review.query()
    .where('product_id', req.params.id) // ok: sql-injection
    .select('id', 'rating', 'body', raw('extract(epoch from created_at) as ts'))
  send(res, 200, rows)
})

app.get('/reports/top', async (req, res) => {
  const limit = Math.min(parseInt(req.query.limit, 10) || 10, 100)
  const { rows } = await knex.raw(`SELECT product_id, avg(rating) AS score FROM reviews GROUP BY product_id ORDER BY score DESC LIMIT ${limit}`) // ok: sql-injection
  send(res, 200, rows)
})

app.get('/reports/column', async (req, res) => {
  const { rows } = await knex.raw('SELECT ??, count(*) FROM products GROUP BY ??', [req.query.col, req.query.col]) // ok: sql-injection
  send(res, 200, rows)
})

app.get('/reports/since', async (req, res) => {
  const since = req.query.since
  const { rows } = await knex.raw(`SELECT count(*) FROM reviews WHERE created_at > '${since}'`) // expect: sql-injection
  send(res, 200, rows)
})

app.get('/go', (req, res) => {
  const target = req.query.to || '/'
  res.writeHead(302, { Location: target }) // expect: open-redirect
  res.end()
})

app.get('/back', (req, res) => {
  const target = typeof req.query.to === 'string' && req.query.to.startsWith('/') && !req.query.to.startsWith('//') ? req.query.to : '/'
  res.writeHead(302, { Location: target }) // ok: open-redirect
  res.end()
})

app.listen(process.env.PORT || 3000)
