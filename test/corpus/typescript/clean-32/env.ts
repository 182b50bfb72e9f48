// corpus: path=src/env.ts
import { z } from 'zod'

const bool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1')

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().positive().default(3000),
    APP_URL: z.string().url().default('http://localhost:3000'), // ok: cleartext-http
    API_URL: z.string().url().default('http://localhost:4000'), // ok: cleartext-http
    DATABASE_URL: z.string().default('postgresql://tracker:tracker@localhost:5432/tracker?schema=public'), // ok: hardcoded-secret
    REDIS_URL: z.string().default('redis://localhost:6379'),
    AUTH_SECRET: z.string().min(32).optional(),
    JWT_ACCESS_TTL: z.string().default('15m'),
    JWT_REFRESH_TTL_DAYS: z.coerce.number().int().default(30),
    GOOGLE_CLIENT_ID: z.string().default(''),
    GOOGLE_CLIENT_SECRET: z.string().default(''),
    SSO_ISSUER_URL: z.string().url().default('https://login.tracker.example.com'),
    SSO_CLIENT_ID: z.string().default('tracker-web'),
    S3_BUCKET: z.string().default('tracker-uploads-dev'),
    S3_REGION: z.string().default('eu-west-1'),
    S3_ENDPOINT: z.string().url().optional(),
    STRIPE_SECRET_KEY: z.string().startsWith('sk_').optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
    NEXT_PUBLIC_STRIPE_KEY: z.string().startsWith('pk_').default('pk_test_TYooMQauvdEDq54NiTphI7jx'), // ok: hardcoded-secret
    NEXT_PUBLIC_POSTHOG_KEY: z.string().default('phc_3vQxVZ8kL2mN7pR4tY6wB1cD9fG0hJ5s'),
    SENTRY_DSN: z.string().url().optional(),
    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error']).default('info'),
    ENABLE_SWAGGER: bool,
    TRUST_PROXY: bool,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return
    for (const key of ['AUTH_SECRET', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'] as const) {
      if (!env[key]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: `${key} is required in production` })
    }
    if (env.APP_URL.startsWith('http://')) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['APP_URL'], message: 'APP_URL must use https in production' })
    }
  })

export type Env = z.infer<typeof schema>

function load(): Env {
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment:\n${problems}`)
  }
  const env = parsed.data
  if (env.NODE_ENV !== 'production' && !env.AUTH_SECRET) {
    env.AUTH_SECRET = 'development-auth-secret-at-least-32-chars' // ok: hardcoded-secret
  }
  return env
}

export const env = load()
export const isProduction = env.NODE_ENV === 'production'
export const isTest = env.NODE_ENV === 'test'
