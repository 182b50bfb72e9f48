// corpus: path=src/lib/logger.ts
import pino, { type Logger } from 'pino'
import { env, isProd } from '../env'

const SENSITIVE_KEYS = new Set(['password', 'passwordHash', 'token', 'accessToken', 'refreshToken', 'apiKey', 'secret', 'authorization', 'cookie'])

export const logger: Logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'tasks-api' },
  redact: {
    paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', '*.apiKey', '*.secret'],
    censor: '[redacted]',
  },
  formatters: { level: (label) => ({ level: label }) },
  ...(isProd ? {} : { transport: { target: 'pino-pretty' } }),
})

/** Drops sensitive keys from an object before it is attached to a log line or an error report. */
export function scrub<T extends Record<string, unknown>>(value: T): Partial<T> {
  const out: Partial<T> = {}
  for (const [key, v] of Object.entries(value)) {
    if (SENSITIVE_KEYS.has(key)) continue
    out[key as keyof T] = v as T[keyof T]
  }
  return out
}

export function logAuthEvent(event: 'login' | 'logout' | 'password_reset' | 'token_refresh' | 'mfa_enabled', userId: string, meta: Record<string, unknown> = {}): void {
  logger.info({ event, userId, ...scrub(meta) }, `auth: ${event}`) // ok: sensitive-logging
}

export function logTokenIssued(userId: string, tokenId: string, expiresAt: Date): void {
  logger.info({ userId, tokenId, expiresAt: expiresAt.toISOString() }, 'access token issued') // ok: sensitive-logging
}

export function logSecretRotation(webhookId: string, rotatedBy: string): void {
  logger.warn({ webhookId, rotatedBy }, 'webhook signing secret rotated') // ok: sensitive-logging
}

export function logSlowQuery(sql: string, ms: number): void {
  if (ms < 200) return
  logger.warn({ sql: sql.slice(0, 500), ms }, 'slow query')
}

export function childFor(requestId: string, workspaceId?: string): Logger {
  return logger.child({ requestId, workspaceId })
}
