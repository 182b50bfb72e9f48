// corpus: path=src/routes/notifications.ts
import type { FastifyInstance } from 'fastify'
import Handlebars from 'handlebars'
import { sendMail } from '../mail'

const TEMPLATES: Record<string, HandlebarsTemplateDelegate> = {
  welcome: Handlebars.compile('<p>Welcome, {{customer.name}}!</p>'),
  renewal: Handlebars.compile('<p>{{customer.name}}, your {{customer.plan}} plan renews soon.</p>'),
}

interface PreviewBody {
  template: string
  customer: { name: string; plan: string }
}

export default async function notifications(app: FastifyInstance) {
  app.post<{ Body: PreviewBody }>('/notifications/preview', async (request, reply) => {
    const render = TEMPLATES[request.body.template]
    if (!render) return reply.code(400).send({ error: 'unknown template' })
    return { html: render({ customer: request.body.customer }) } // ok: template-injection
  })

  app.post<{ Body: PreviewBody & { to: string } }>('/notifications/send', async (request) => {
    await sendMail(request.body.to, 'Your plan', `Hello ${request.body.customer.name}`)
    return { sent: true }
  })
}
