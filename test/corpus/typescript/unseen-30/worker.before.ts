import { AutoRouter, error, json } from 'itty-router'

export interface Env {
  DB: D1Database
  BUCKET: R2Bucket
  API_TOKEN: string
}

const router = AutoRouter()

router.get('/api/events', async (req, env: Env) => {
  const { site, from, to } = req.query
  const { results } = await env.DB.prepare(
    'select path, count(*) as views from events where site = ?1 and ts between ?2 and ?3 group by path order by views desc limit 100',
  )
    .bind(String(site), Number(from), Number(to))
    .all()
  return results
})

router.post('/api/events', async (req, env: Env) => {
  const body = await req.json<{ site: string; path: string; ref?: string }>()
  await env.DB.prepare('insert into events (site, path, referrer, ts) values (?1, ?2, ?3, ?4)')
    .bind(body.site, body.path, body.ref ?? null, Date.now())
    .run()
  return new Response(null, { status: 202 })
})

router.get('/api/sites/:site/export', async (req, env: Env) => {
  if (req.headers.get('authorization') !== `Bearer ${env.API_TOKEN}`) return error(401)
  const object = await env.BUCKET.get(`exports/${req.params.site}.csv`)
  if (!object) return error(404)
  return new Response(object.body, { headers: { 'Content-Type': 'text/csv' } })
})

export default { ...router }
