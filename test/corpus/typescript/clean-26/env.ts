// corpus: path=src/config/env.ts
import { z } from 'zod'
import { readFileSync } from 'node:fs'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0),
)

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().default(8080),
  DATABASE_URL: z.string().url(),
  JWT_SECRET: z.string().min(32).optional(),
  JWT_SECRET_FILE: z.string().optional(),
  JWT_ISSUER: z.string().default('https://auth.example.com'),
  JWT_AUDIENCE: z.string().default('api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().default(30),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).default(12),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().positive().default(30),
  SMTP_HOST: z.string().default('localhost'),
  SMTP_PORT: z.coerce.number().int().default(1025),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
  SENTRY_DSN: z.string().url().optional(),
  COOKIE_SECURE: bool.default('true'),
  TRUSTED_ORIGINS: csv.default(''),
  LOG_LEVEL: z.string().default('info'),
})

export type Env = z.infer<typeof EnvSchema> & { jwtSecret: string }

/** Keys whose values never appear in logs or the /debug/config page. */
export const SECRET_KEYS = [
  'DATABASE_URL',
  'JWT_SECRET',
  'SMTP_PASSWORD',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'SENTRY_DSN',
] as const

const REDACTED = '[redacted]'

let cached: Env | undefined

function readSecretFile(path: string | undefined): string | undefined {
  if (!path) return undefined
  // Docker and Kubernetes mount secrets as files; trailing newlines are common.
  return readFileSync(path, 'utf8').trim()
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached) return cached
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment:\n${problems.join('\n')}`)
  }
  const jwtSecret = parsed.data.JWT_SECRET ?? readSecretFile(parsed.data.JWT_SECRET_FILE)
  if (!jwtSecret) {
    throw new Error('JWT_SECRET or JWT_SECRET_FILE must be set')
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.COOKIE_SECURE) {
    throw new Error('COOKIE_SECURE cannot be disabled in production')
  }
  cached = { ...parsed.data, jwtSecret }
  return cached
}

export function redactEnv(env: Env): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(env)) {
    if (key === 'jwtSecret') continue
    out[key] = (SECRET_KEYS as readonly string[]).includes(key) && value ? REDACTED : value
  }
  return out
}

export function describeMissingSecrets(env: Env): string[] {
  const missing: string[] = []
  if (!env.SMTP_PASSWORD && env.SMTP_USER) missing.push('SMTP_PASSWORD (SMTP_USER is set)')
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) missing.push('STRIPE_WEBHOOK_SECRET')
  return missing
}

export function resetEnvCache(): void {
  cached = undefined
}
