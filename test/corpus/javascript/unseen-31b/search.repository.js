// corpus: path=src/search/search.repository.js
import { Kysely, MysqlDialect, sql } from 'kysely'
import { createPool } from 'mysql2'

export const db = new Kysely({ dialect: new MysqlDialect({ pool: createPool(process.env.DATABASE_URL) }) })

const SORT_COLUMNS = { newest: 'published_at', title: 'title', popular: 'views' }

export function registerSearchRoutes(app) {
  app.get('/articles', async (req, res) => {
    const sort = SORT_COLUMNS[req.query.sort] ?? 'published_at'
    const rows = await db.selectFrom('articles').select(['id', 'title']).orderBy(sort, 'desc').limit(20).execute() // ok: sql-injection
    res.json(rows)
  })

  app.get('/articles/raw-sort', async (req, res) => {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'title'])
      .orderBy(sql.raw(req.query.sort || 'published_at')) // expect: sql-injection
      .limit(20)
      .execute()
    res.json(rows)
  })

  app.get('/articles/search', async (req, res) => {
    const q = String(req.query.q || '')
    const { rows } = await sql`SELECT id, title, MATCH(body) AGAINST (${q}) AS score FROM articles WHERE MATCH(body) AGAINST (${q}) ORDER BY score DESC LIMIT 20`.execute(db) // ok: sql-injection
    res.json(rows)
  })

  app.get('/articles/search/boolean', async (req, res) => {
    const q = String(req.query.q || '')
    const { rows } = await sql`SELECT id, title FROM articles WHERE MATCH(body) AGAINST ('${sql.raw(q)}' IN BOOLEAN MODE) LIMIT 20`.execute(db) // expect: sql-injection
    res.json(rows)
  })

  app.get('/articles/tagged/:tag', async (req, res) => {
    const rows = await db
      .selectFrom('articles')
      .innerJoin('article_tags', 'article_tags.article_id', 'articles.id')
      .select(['articles.id', 'articles.title'])
      .where(sql`article_tags.tag = ${sql.lit(req.params.tag)}`) // expect: sql-injection
      .execute()
    res.json(rows)
  })

  app.get('/articles/tagged-v2/:tag', async (req, res) => {
    const rows = await db
      .selectFrom('articles')
      .innerJoin('article_tags', 'article_tags.article_id', 'articles.id')
      .select(['articles.id', 'articles.title'])
      .where('article_tags.tag', '=', req.params.tag) // ok: sql-injection
      .execute()
    res.json(rows)
  })

  app.get('/articles/columns', async (req, res) => {
    const wanted = String(req.query.fields || 'id,title').split(',')
    const rows = await db.selectFrom('articles').select(wanted.map((f) => sql.id(f.trim()))).limit(20).execute() // ok: sql-injection
    res.json(rows)
  })

  app.get('/articles/archive/:year', async (req, res) => {
    const year = Number.parseInt(req.params.year, 10)
    if (!Number.isInteger(year)) return res.status(400).end()
    const { rows } = await sql.raw(`SELECT id, title FROM articles WHERE YEAR(published_at) = ${year}`).execute(db) // ok: sql-injection
    res.json(rows)
  })
}
