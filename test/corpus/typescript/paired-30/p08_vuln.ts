// corpus: path=src/routes/onboarding.ts
import type { FastifyInstance } from 'fastify'

export async function onboardingRoutes(app: FastifyInstance) {
  app.post<{ Body: { plan: string } }>('/onboarding/plan', async (request, reply) => {
    request.session.set('plan', request.body.plan) // expect: trust-boundary
    return reply.redirect('/onboarding/billing')
  })
}
