// corpus: path=src/config.ts
import { z } from 'zod'
import { readFileSync, existsSync } from 'node:fs'
import path from 'node:path'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().default('redis://localhost:6379'),
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  SESSION_SECRET: z.string().min(32),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_'),
  MAIL_FROM: z.string().email().default('no-reply@example.com'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  CORS_ORIGINS: z.string().default(''),
  FEATURE_FLAGS_FILE: z.string().optional(),
})

export type Env = z.infer<typeof EnvSchema>

export interface AppConfig {
  env: Env['NODE_ENV']
  port: number
  databaseUrl: string
  redisUrl: string
  publicBaseUrl: URL
  sessionSecret: string
  stripe: { secretKey: string; webhookSecret: string }
  mailFrom: string
  logLevel: Env['LOG_LEVEL']
  corsOrigins: string[]
  flags: Record<string, boolean>
}

function loadFlags(file: string | undefined): Record<string, boolean> {
  if (!file) return {}
  const resolved = path.resolve(process.cwd(), file)
  if (!existsSync(resolved)) return {}
  const parsed = z.record(z.boolean()).safeParse(JSON.parse(readFileSync(resolved, 'utf8')))
  if (!parsed.success) throw new Error(`feature flag file ${resolved} is not a map of booleans`)
  return parsed.data
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = EnvSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`invalid environment: ${problems}`)
  }
  const env = result.data
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    publicBaseUrl: new URL(env.PUBLIC_BASE_URL),
    sessionSecret: env.SESSION_SECRET,
    stripe: { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET },
    mailFrom: env.MAIL_FROM,
    logLevel: env.LOG_LEVEL,
    corsOrigins: env.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    flags: loadFlags(env.FEATURE_FLAGS_FILE),
  }
}

export const config = loadConfig()

export function isProduction(): boolean {
  return config.env === 'production'
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, config.publicBaseUrl).toString()
}
