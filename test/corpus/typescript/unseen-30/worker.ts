// corpus: path=src/index.ts
import { AutoRouter, error, json } from 'itty-router'

export interface Env {
  DB: D1Database
  BUCKET: R2Bucket
  API_TOKEN: string
}

const router = AutoRouter()

const DIMENSIONS = new Set(['path', 'referrer', 'country', 'device'])

router.get('/api/events', async (req, env: Env) => {
  const { site, from, to, by } = req.query
  const dimension = DIMENSIONS.has(String(by)) ? String(by) : 'path'
  const { results } = await env.DB.prepare<{ key: string; views: number }>( // ok: sql-injection
    `select ${dimension} as key, count(*) as views from events where site = ?1 and ts between ?2 and ?3 group by ${dimension} order by views desc limit 100`,
  )
    .bind(String(site), Number(from), Number(to))
    .all()
  return results
})

router.get('/api/events/search', async (req, env: Env) => {
  const { site, path } = req.query
  const { results } = await env.DB.prepare(`select path, ts from events where site = '${site}' and path like '${path}%' order by ts desc limit 200`).all() // expect: sql-injection
  return results
})

router.post('/api/events', async (req, env: Env) => {
  const body = await req.json<{ site: string; path: string; ref?: string }>()
  await env.DB.prepare('insert into events (site, path, referrer, ts) values (?1, ?2, ?3, ?4)')
    .bind(body.site, body.path, body.ref ?? null, Date.now())
    .run()
  return new Response(null, { status: 202 })
})

router.delete('/api/sites/:site/events', async (req, env: Env) => {
  if (req.headers.get('authorization') !== `Bearer ${env.API_TOKEN}`) return error(401) // expect: timing-unsafe-comparison
  await env.DB.exec(`delete from events where site = '${req.params.site}'`) // expect: sql-injection
  return json({ deleted: true })
})

router.get('/api/sites/:site/export', async (req, env: Env) => {
  if (req.headers.get('authorization') !== `Bearer ${env.API_TOKEN}`) return error(401)
  const object = await env.BUCKET.get(`exports/${req.params.site}.csv`)
  if (!object) return error(404)
  return new Response(object.body, {
    headers: {
      'Content-Type': 'text/csv',
      'Access-Control-Allow-Origin': '*', // ok: permissive-cors
    },
  })
})

export default { ...router }
