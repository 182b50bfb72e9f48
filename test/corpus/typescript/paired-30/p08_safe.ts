// corpus: path=src/routes/onboarding.ts
import type { FastifyInstance } from 'fastify'

const PLANS = ['starter', 'team', 'business'] as const
type Plan = (typeof PLANS)[number]

export async function onboardingRoutes(app: FastifyInstance) {
  app.post<{ Body: { plan: string } }>('/onboarding/plan', async (request, reply) => {
    const plan = PLANS.find((p) => p === request.body.plan)
    if (!plan) return reply.code(400).send({ error: 'unknown plan' })
    request.session.set('plan', plan satisfies Plan) // ok: trust-boundary
    return reply.redirect('/onboarding/billing')
  })
}
