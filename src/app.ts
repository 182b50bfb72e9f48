import { OpenAPIHono } from '@hono/zod-openapi'
import { apiKeyAuth } from './auth/middleware'
import { defaultHook, errorJson, notFound, onError } from './errors'
import { corsForConfiguredOrigins } from './middleware/cors'
import { allowedMethods } from './middleware/method-not-allowed'
import { readBody } from './middleware/read-body'
import { d1Sessions } from './middleware/d1-session'
import { rateLimitPerKey } from './middleware/rate-limit'
import { requestContext } from './middleware/request-context'
import { securityHeaders } from './middleware/security-headers'
import { registerChangesetRoutes } from './routes/changesets'
import { registerDocsRoutes } from './routes/docs'
import { registerEventRoutes } from './routes/events'
import { registerFileRoutes } from './routes/files'
import { registerFindingRoutes } from './routes/findings'
import { registerHistoryRoutes } from './routes/history'
import { registerReportRoutes } from './routes/reports'
import { registerRevisionRoutes } from './routes/revisions'
import { registerRuleRoutes } from './routes/rules'
import { registerKeyRoutes } from './routes/keys'
import { registerMetaRoutes } from './routes/meta'
import { registerPageRoutes } from './routes/page'
import { githubWebhookGuard, registerWebhookRoutes } from './routes/webhooks'
import type { App, AppEnv } from './types'

export function createApp(): App {
  // `strict: false`: `/api/changesets/` is `/api/changesets`, for routing and middleware alike.
  const app = new OpenAPIHono<AppEnv>({ defaultHook, strict: false })

  app.use('*', requestContext())
  app.use('*', securityHeaders())
  app.use('*', corsForConfiguredOrigins())
  app.use('/api/*', apiKeyAuth())
  app.use('/api/*', rateLimitPerKey())
  app.use('/api/*', d1Sessions())
  // Every body, on every route that exists now or later, is bounded and decoded strictly here.
  app.use('/api/*', readBody())
  app.use('/webhooks/github', githubWebhookGuard())
  app.use('/webhooks/*', readBody())
  app.use('/r/*', readBody())

  registerMetaRoutes(app)
  registerChangesetRoutes(app)
  registerEventRoutes(app)
  registerFindingRoutes(app)
  registerHistoryRoutes(app)
  registerFileRoutes(app)
  registerRevisionRoutes(app)
  registerReportRoutes(app)
  registerRuleRoutes(app)
  registerKeyRoutes(app)
  registerDocsRoutes(app)
  registerPageRoutes(app)
  registerWebhookRoutes(app)

  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key: `Authorization: Bearer cra_live_…`',
  })
  app.openAPIRegistry.registerComponent('securitySchemes', 'Ticket', {
    type: 'apiKey',
    in: 'query',
    name: 'ticket',
    description: 'A short-lived ticket from `POST /api/changesets/{id}/events/ticket` (event stream only).',
  })

  const methodsFor = allowedMethods(app)
  app.notFound((c) => {
    const allow = methodsFor(new URL(c.req.url).pathname)
    if (allow.length > 0) {
      c.header('Allow', allow.join(', '))
      return errorJson(c, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allow.join(', ')}`)
    }
    return notFound(c)
  })
  app.onError(onError)
  return app
}
