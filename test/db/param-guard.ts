import { env } from 'cloudflare:workers'

/** Production D1 refuses a statement that binds more than this many values. */
export const D1_PARAM_LIMIT = 100

export interface ParamViolation {
  count: number
  sql: string
}

const violations: ParamViolation[] = []
let installed = false
let limit = D1_PARAM_LIMIT

/**
 * Makes every statement bound in this isolate (the tests, the Worker's routes, its queue
 * consumer: they share the isolate and so the D1PreparedStatement prototype) fail the way
 * production D1 does when it binds more than 100 values, and records it. The record is what
 * fails the test: code that catches the error (a queue retry, a fallback) would otherwise
 * hide it.
 */
export function installParamGuard(): void {
  if (installed) return
  installed = true
  const proto = Object.getPrototypeOf(env.DB.prepare('select 1')) as { bind(this: unknown, ...values: unknown[]): unknown }
  const bind = proto.bind
  proto.bind = function guardedBind(this: { statement?: string }, ...values: unknown[]) {
    if (values.length > limit) {
      violations.push({ count: values.length, sql: String(this.statement ?? '(statement text unavailable)').slice(0, 2000) })
      throw new Error(`D1_ERROR: too many SQL variables (${values.length} > ${limit}; param guard)`)
    }
    return bind.apply(this, values)
  }
}

/** The violations recorded since the last call, cleared. */
export function takeParamViolations(): ParamViolation[] {
  return violations.splice(0, violations.length)
}

/** Runs `fn` with a lower limit, to show the guard sees statements the Worker binds. */
export async function withParamLimit<T>(lower: number, fn: () => Promise<T>): Promise<T> {
  limit = lower
  try {
    return await fn()
  } finally {
    limit = D1_PARAM_LIMIT
  }
}
