import type { OpenAPIHono } from '@hono/zod-openapi'
import type { KeyScope } from './db/schema'
import type { Logger } from './log'

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
}

export type AppEnv = { Bindings: Env; Variables: AppVariables }
export type App = OpenAPIHono<AppEnv>
