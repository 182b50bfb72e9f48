// corpus: path=src/plugins/audit.ts
import type { FastifyInstance } from 'fastify'

export async function auditPlugin(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    const agent = request.headers['user-agent'] ?? 'unknown'
    app.log.info(`request ${request.method} ${request.url} agent=${agent}`) // expect: log-injection
  })
}
