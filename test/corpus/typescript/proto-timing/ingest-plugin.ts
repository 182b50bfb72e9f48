// corpus: path=src/plugins/ingest.ts
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

interface IngestOptions {
  apiKey: string
  signingSecret: string
  flushEveryMs: number
}

type EventBody = { group: string; name: string; count?: number; props?: Record<string, string> }

export default fp<IngestOptions>(async function ingest(app: FastifyInstance, opts: IngestOptions) {
  // Counters per group and event name, flushed to the warehouse on a timer.
  const counters: Record<string, Record<string, number>> = {}
  const seenDevices = new Set<string>()

  async function requireKey(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['x-api-key']
    if (typeof key !== 'string') return reply.code(401).send({ error: 'missing api key' }) // ok: timing-unsafe-comparison
    if (key !== opts.apiKey) return reply.code(401).send({ error: 'invalid api key' }) // expect: timing-unsafe-comparison
  }

  async function requireSignature(request: FastifyRequest, reply: FastifyReply) {
    const given = Buffer.from(String(request.headers['x-signature'] ?? ''), 'hex')
    const expected = createHmac('sha256', opts.signingSecret).update(JSON.stringify(request.body)).digest()
    if (!given.equals(expected)) return reply.code(401).send({ error: 'bad signature' }) // expect: timing-unsafe-comparison
  }

  async function requireDeviceToken(request: FastifyRequest, reply: FastifyReply) {
    const token = String(request.headers['x-device-token'] ?? '')
    const device = await app.pg.query<{ token_hash: string }>('SELECT token_hash FROM devices WHERE id = $1', [request.headers['x-device-id']])
    const stored = Buffer.from(device.rows[0]?.token_hash ?? '', 'hex')
    const presented = createHash('sha256').update(token).digest()
    if (stored.length !== presented.length || !timingSafeEqual(stored, presented)) { // ok: timing-unsafe-comparison
      return reply.code(401).send({ error: 'unknown device' })
    }
  }

  app.post<{ Body: EventBody }>('/v1/events', { preHandler: requireKey }, async (request) => {
    const { group, name } = request.body
    const count = Number(request.body.count ?? 1)
    counters[group] ??= {}
    counters[group][name] = (counters[group][name] ?? 0) + count // expect: prototype-pollution
    return { accepted: true }
  })

  app.post<{ Body: { events: EventBody[] } }>('/v1/batch', { preHandler: requireSignature }, async (request) => {
    const byName = new Map<string, number>()
    for (const event of request.body.events) {
      byName.set(`${event.group}:${event.name}`, (byName.get(`${event.group}:${event.name}`) ?? 0) + (event.count ?? 1)) // ok: prototype-pollution
    }
    return { accepted: byName.size }
  })

  app.post<{ Body: { deviceId: string } }>('/v1/heartbeat', { preHandler: requireDeviceToken }, async (request) => {
    seenDevices.add(request.body.deviceId)
    return { ok: true }
  })

  const timer = setInterval(async () => {
    const snapshot = JSON.stringify(counters)
    for (const group of Object.keys(counters)) delete counters[group]
    await app.warehouse.write('event_counts', snapshot)
  }, opts.flushEveryMs)
  app.addHook('onClose', async () => clearInterval(timer))
})
