import type { OpenAPIHono } from '@hono/zod-openapi'
import type { KeyScope } from './db/schema'
import type { LogFields, Logger } from './log'

/** Who is calling: set by the API-key middleware on every `/api/*` route. */
export interface Principal {
  tenantId: string
  keyId: string
  keyName: string
  scopes: KeyScope[]
}

export type AppVariables = {
  requestId: string
  log: Logger
  principal: Principal
  /** Fields a handler adds to the request's one access-log line (the ids and counts it produced). */
  logFields: LogFields
}

export type AppEnv = { Bindings: Env; Variables: AppVariables }
export type App = OpenAPIHono<AppEnv>
