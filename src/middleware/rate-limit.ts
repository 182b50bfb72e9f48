import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../errors'
import type { AppEnv } from '../types'

/** Period of every `[[ratelimits]]` binding in wrangler.toml, so `Retry-After` tells the truth. */
const PERIOD_SECONDS = 60

/**
 * `counter` names which budget a key spends. Production keeps each binding's counters apart by
 * namespace, but the local simulator counts per key alone across every binding, so without it a
 * stream open would also spend the key's read budget under `wrangler dev` and in tests.
 */
async function enforce(limiter: RateLimit | undefined, counter: string, key: string, message: string): Promise<void> {
  if (!limiter) return
  const { success } = await limiter.limit({ key: `${counter}:${key}` })
  if (!success) throw new ApiError('rate_limited', message, { headers: { 'Retry-After': String(PERIOD_SECONDS) } })
}

/**
 * Per-key limits through the Workers Rate Limiting bindings: reads and writes are counted
 * separately so polling cannot starve submissions. Ticket-authenticated requests count against
 * the key the ticket was minted with.
 */
export function rateLimitPerKey(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (!principal) return next()
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)
    await enforce(
      write ? c.env.RATE_LIMIT_WRITE : c.env.RATE_LIMIT_READ,
      write ? 'write' : 'read',
      principal.keyId,
      `Too many ${write ? 'write' : 'read'} requests for this API key`,
    )
    return next()
  }
}

/**
 * Event streams live for hours and each holds a socket in a Durable Object, so opening one has
 * its own, smaller budget per key (tickets included) on top of the read limit.
 */
export function rateLimitStreamOpens(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await enforce(c.env.RATE_LIMIT_STREAM, 'stream', c.get('principal').keyId, 'Too many event streams opened with this API key')
    return next()
  }
}

/** A ticket may open a few streams (reconnects), not hundreds: counted per ticket. */
export async function limitTicketUses(env: Env, ticketId: string): Promise<void> {
  await enforce(env.RATE_LIMIT_TICKET, 'ticket', ticketId, 'This ticket has opened too many streams; request a new one')
}
