// corpus: path=src/env.ts
import { z } from 'zod'

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1')

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(8080),
  APP_URL: z.string().url().default('http://localhost:8080'), // ok: cleartext-http
  DATABASE_URL: z.string().url().default('postgresql://postgres:postgres@localhost:5432/tasks'), // ok: hardcoded-secret
  REDIS_URL: z.string().default('redis://localhost:6379'),
  SESSION_SECRET: z.string().min(32).default('insecure-dev-secret-override-me-in-production'), // ok: hardcoded-secret
  JWT_ISSUER: z.string().default('https://auth.tasks.example.com/'),
  JWT_AUDIENCE: z.string().default('tasks-api'),
  S3_BUCKET: z.string().default('tasks-uploads-dev'),
  S3_ENDPOINT: z.string().url().optional(),
  AWS_REGION: z.string().default('eu-central-1'),
  RESEND_API_KEY: z.string().optional(),
  GITHUB_APP_ID: z.coerce.number().optional(),
  GITHUB_APP_PRIVATE_KEY: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error']).default('info'),
  ENABLE_SWAGGER: bool,
  ENABLE_QUERY_LOGGING: bool,
  SECURE_COOKIES: bool,
})

export type Env = z.infer<typeof schema>

function load(): Env {
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment:\n${problems}`)
  }
  const env = parsed.data
  if (env.NODE_ENV === 'production') {
    if (env.SESSION_SECRET.startsWith('insecure-dev-secret')) {
      throw new Error('SESSION_SECRET must be set in production')
    }
    if (env.APP_URL.startsWith('http://')) {
      throw new Error('APP_URL must be https in production')
    }
  }
  return env
}

export const env = load()
export const isProd = env.NODE_ENV === 'production'
export const isTest = env.NODE_ENV === 'test'

export const cookieOptions = {
  httpOnly: true,
  secure: isProd || env.SECURE_COOKIES, // ok: insecure-cookie
  sameSite: 'lax' as const,
  path: '/',
  maxAge: 60 * 60 * 24 * 14,
}

export const corsOrigins = isProd ? [env.APP_URL] : [env.APP_URL, 'http://localhost:5173'] // ok: permissive-cors
