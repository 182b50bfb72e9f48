// corpus: path=src/routes/notifications.ts
import type { FastifyInstance } from 'fastify'
import Handlebars from 'handlebars'
import { sendMail } from '../mail'

interface PreviewBody {
  template: string
  customer: { name: string; plan: string }
}

export default async function notifications(app: FastifyInstance) {
  app.post<{ Body: PreviewBody }>('/notifications/preview', async (request) => {
    const render = Handlebars.compile(request.body.template) // expect: template-injection
    return { html: render({ customer: request.body.customer }) }
  })

  app.post<{ Body: PreviewBody & { to: string } }>('/notifications/send', async (request) => {
    await sendMail(request.body.to, 'Your plan', `Hello ${request.body.customer.name}`)
    return { sent: true }
  })
}
