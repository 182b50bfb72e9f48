// corpus: path=src/integrations/fetchers.ts
import got from 'got'
import { fetch as undiciFetch } from 'undici'
import type { FastifyInstance } from 'fastify'

const PARTNERS: Record<string, string> = {
  acme: 'https://feeds.acme.example/v2/items.json',
  globex: 'https://api.globex.example/export',
}

export default async function routes(app: FastifyInstance) {
  app.post<{ Body: { url: string } }>('/imports/url', async (request) => {
    const body = await got(request.body.url, { timeout: { request: 10_000 } }).text() // expect: ssrf
    return { bytes: body.length }
  })

  app.get<{ Params: { partner: string } }>('/imports/:partner', async (request, reply) => {
    const url = PARTNERS[request.params.partner]
    if (!url) return reply.code(404).send({ error: 'unknown partner' })
    const res = await undiciFetch(url) // ok: ssrf
    return { bytes: (await res.arrayBuffer()).byteLength }
  })

  app.get<{ Querystring: { avatar: string } }>('/avatar', async (request) => {
    const res = await undiciFetch(new URL(request.query.avatar)) // expect: ssrf
    return { type: res.headers.get('content-type') }
  })

  app.get<{ Querystring: { path: string } }>('/cdn', async (request) => {
    const target = new URL(request.query.path, 'https://cdn.acme.example/')
    if (target.origin !== 'https://cdn.acme.example') throw app.httpErrors.badRequest('bad path')
    const res = await undiciFetch(target) // ok: ssrf
    return { status: res.status }
  })
}
