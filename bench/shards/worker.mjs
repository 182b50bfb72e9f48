// The routing step of docs/scaling.md §5 on its own, over the service's real D1 code: a tenant's
// shard comes from the control database's `tenants` table (cached per isolate, as the API-key cache
// would hold it), and the changeset is then written and listed with src/db's own functions on that
// shard's binding. Nothing else of the service runs here.
import { toFileRows } from '../../src/changesets/prepare-files'
import { listChangesets } from '../../src/db/changeset-list'
import { insertChangeset } from '../../src/db/changesets'
import { getDb } from '../../src/db/client'

const BINDINGS = { 'shard-0': 'DB_SHARD_0', 'shard-1': 'DB_SHARD_1' }
const routes = new Map()

async function shardOf(env, tenantId) {
  let shard = routes.get(tenantId)
  if (shard === undefined) {
    const row = await env.DB_CONTROL.prepare('select shard from tenants where id = ?').bind(tenantId).first()
    if (!row) return undefined
    shard = row.shard
    routes.set(tenantId, shard)
  }
  return { name: shard, db: getDb(env[BINDINGS[shard]]) }
}

async function submit(db, tenantId, body) {
  const id = crypto.randomUUID()
  const now = new Date().toISOString()
  const files = body.files.map((f) => {
    const lines = f.diff_content.split('\n')
    return { path: f.file_path, diff: f.diff_content, content: null, additions: lines.filter((l) => l.startsWith('+')).length, deletions: lines.filter((l) => l.startsWith('-')).length }
  })
  await insertChangeset(db, {
    changeset: { id, tenantId, title: body.title, description: null, author: body.author, status: 'pending', revision: 1, createdAt: now, updatedAt: now },
    ...toFileRows(files, { changesetId: id, tenantId, revision: 1 }),
  })
  return id
}

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url)
    if (pathname === '/stats') {
      // Straight at each shard, bypassing the routing: what each database really holds.
      const out = {}
      for (const [name, binding] of Object.entries(BINDINGS)) {
        const { results } = await env[binding].prepare('select tenant_id, count(*) as n from changesets group by tenant_id').all()
        out[name] = Object.fromEntries(results.map((r) => [r.tenant_id, r.n]))
      }
      return Response.json(out)
    }
    const match = pathname.match(/^\/t\/([\w-]+)\/changesets$/)
    if (!match) return Response.json({ error: 'not found' }, { status: 404 })
    const tenantId = match[1]
    const shard = await shardOf(env, tenantId)
    if (!shard) return Response.json({ error: 'unknown tenant' }, { status: 404 })
    if (request.method === 'POST') {
      const id = await submit(shard.db, tenantId, await request.json())
      return Response.json({ changeset_id: id, shard: shard.name }, { status: 202 })
    }
    const { items } = await listChangesets(shard.db, tenantId, {}, 20)
    return Response.json({ shard: shard.name, data: items.map((i) => ({ id: i.row.id, tenant_id: i.row.tenantId })) })
  },
}
