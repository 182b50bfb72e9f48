// corpus: path=src/env.ts
import { z } from 'zod'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().default('redis://localhost:6379'),
  PUBLIC_APP_URL: z.string().url().default('https://app.example.com'),
  SEARCH_API_URL: z.string().url().default('http://search.vendor-index.com/api'), // expect: cleartext-http
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().default('http://localhost:4318'), // ok: cleartext-http
  SESSION_SECRET: z.string().min(32).default('6c1f9a2e7b4d8c3f0e5a9b1d7c2e4f8a'), // expect: hardcoded-secret
  CSRF_SECRET: z.string().min(32),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  STRIPE_WEBHOOK_SECRET: z.string().default(''), // ok: hardcoded-secret
  SENTRY_DSN: z.string().url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DEBUG: z.coerce.boolean().default(false), // ok: debug-mode
  RATE_LIMIT_PER_MINUTE: z.coerce.number().default(120),
})

export type Env = z.infer<typeof EnvSchema>

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment:\n${issues}`)
  }
  return parsed.data
}
