import { OpenAPIHono } from '@hono/zod-openapi'
import { swaggerUI } from '@hono/swagger-ui'
import { apiKeyAuth } from './auth/middleware'
import { defaultHook, errorJson, notFound, onError } from './errors'
import { corsForConfiguredOrigins } from './middleware/cors'
import { allowedMethods } from './middleware/method-not-allowed'
import { rateLimitPerKey } from './middleware/rate-limit'
import { requestContext } from './middleware/request-context'
import { securityHeaders } from './middleware/security-headers'
import { registerChangesetRoutes } from './routes/changesets'
import { registerEventRoutes } from './routes/events'
import { registerFileRoutes } from './routes/files'
import { registerFindingRoutes } from './routes/findings'
import { registerHistoryRoutes } from './routes/history'
import { registerReportRoutes } from './routes/reports'
import { registerRevisionRoutes } from './routes/revisions'
import { registerRuleRoutes } from './routes/rules'
import { registerKeyRoutes } from './routes/keys'
import { registerMetaRoutes } from './routes/meta'
import type { App, AppEnv } from './types'

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Code Review Assistant API',
    version: '1.0.0',
    description:
      'Submit changesets (unified diffs), get them reviewed in the background, triage the findings, ' +
      'export reports (Markdown, SARIF, reviewdog rdjson, JSON) and watch reviews live over WebSocket or SSE.',
  },
  servers: [{ url: '/' }],
}

export function createApp(): App {
  const app = new OpenAPIHono<AppEnv>({ defaultHook })

  app.use('*', requestContext())
  app.use('*', securityHeaders())
  app.use('*', corsForConfiguredOrigins())
  app.use('/api/*', apiKeyAuth())
  app.use('/api/*', rateLimitPerKey())

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
  app.doc31('/openapi.json', (c) => ({ ...OPENAPI_INFO, info: { ...OPENAPI_INFO.info, version: c.env.APP_VERSION } }))
  app.get('/docs', swaggerUI({ url: '/openapi.json', title: 'Code Review Assistant API' }))

  const methodsFor = allowedMethods(app)
  app.notFound((c) => {
    const allow = methodsFor(new URL(c.req.url).pathname)
    if (allow.length > 0) {
      c.header('Allow', allow.join(', '))
      return errorJson(c, 405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allow.join(', ')}`)
    }
    return notFound(c)
  })
  app.onError(onError)
  return app
}
