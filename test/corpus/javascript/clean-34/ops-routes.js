// corpus: path=src/routes/ops.js
'use strict'

const os = require('node:os')
const { Unleash } = require('unleash-client')
const config = require('../config')

const unleash = new Unleash({
  url: config.unleash.url,
  appName: 'storefront',
  customHeaders: { Authorization: config.unleash.apiToken },
})

const startedAt = Date.now()

async function checkDatabase(db) {
  const began = process.hrtime.bigint()
  await db.raw('select 1')
  return { ok: true, ms: Number(process.hrtime.bigint() - began) / 1e6 }
}

async function checkRedis(redis) {
  const pong = await redis.ping()
  return { ok: pong === 'PONG' }
}

async function opsRoutes(fastify) {
  fastify.get('/healthz', async () => ({ status: 'ok', uptime: Math.round((Date.now() - startedAt) / 1000) }))

  fastify.get('/readyz', async (request, reply) => {
    const checks = {}
    for (const [name, check] of Object.entries({ database: () => checkDatabase(fastify.db), redis: () => checkRedis(fastify.redis) })) {
      try {
        checks[name] = await check()
      } catch (err) {
        request.log.error({ err, check: name }, 'readiness check failed')
        checks[name] = { ok: false }
      }
    }
    const ready = Object.values(checks).every((c) => c.ok)
    return reply.code(ready ? 200 : 503).send({ ready, checks, host: os.hostname() })
  })

  fastify.get('/api/flags', { preHandler: fastify.authenticate }, async (request) => {
    const context = { userId: String(request.user.id), properties: { plan: request.user.plan, country: request.user.country } }
    return {
      newCheckout: unleash.isEnabled('new-checkout', context),
      savedCarts: unleash.isEnabled('saved-carts', context),
      variant: unleash.getVariant('pricing-page', context).name,
    }
  })
}

module.exports = opsRoutes
