import { createRoute, type RouteConfig } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { requireScope } from '../auth/middleware'
import type { KeyScope } from '../db/schema'
import { bodyErrorResponses, errorResponses } from '../errors'
import type { AppEnv } from '../types'

/** `content` of a JSON request or response body in a route definition. */
export const jsonContent = <T>(schema: T) => ({ 'application/json': { schema } })

const BEARER: RouteConfig['security'] = [{ Bearer: [] }]

type ApiRouteConfig = Omit<RouteConfig, 'middleware'> & { middleware?: MiddlewareHandler<AppEnv>[] }

/**
 * An `/api/*` route: the caller's key must carry `scope` (checked before the route's own
 * middleware), the document names the Bearer scheme unless `security` says otherwise, and the
 * responses include every error the API answers with (plus the body errors when it takes a body).
 */
export function apiRoute<const R extends ApiRouteConfig>(scope: KeyScope, route: R) {
  const { middleware = [], security = BEARER, responses, ...rest } = route
  return createRoute({
    ...rest,
    security,
    middleware: [requireScope(scope), ...middleware],
    responses: { ...responses, ...errorResponses, ...(route.request?.body ? bodyErrorResponses : {}) },
  })
}
