// corpus: path=src/config/defaults.ts
import { z } from 'zod'

export const SESSION_COOKIE_NAME = 'app_session'
export const CSRF_COOKIE_NAME = 'app_csrf'
export const CSRF_HEADER_NAME = 'x-csrf-token'
export const API_KEY_HEADER = 'x-api-key'
export const API_KEY_PREFIX = 'ak_live_'
export const TEST_API_KEY_PREFIX = 'ak_test_'
export const WEBHOOK_SIGNATURE_HEADER = 'x-acme-signature'
export const WEBHOOK_SECRET_PREFIX = 'whsec_'
export const AUTH_TOKEN_STORAGE_KEY = 'acme.auth.token'
export const REFRESH_TOKEN_STORAGE_KEY = 'acme.auth.refreshToken'
export const PASSWORD_RESET_PATH = '/auth/reset-password'
export const TOKEN_TYPE_BEARER = 'Bearer'
export const JWT_ISSUER = 'https://auth.acme.dev'
export const JWT_AUDIENCE = 'acme-api'
export const JWKS_PATH = '/.well-known/jwks.json'
export const OAUTH_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const

export const flags = {
  passwordlessLogin: false,
  passkeys: true,
  apiKeyRotationReminders: true,
  secretScanningBanner: true,
  newBillingPortal: false,
  legacyTokenAuth: false,
} as const

export type Flag = keyof typeof flags

export const limits = {
  passwordMinLength: 12,
  passwordMaxLength: 128,
  apiKeysPerProject: 25,
  tokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
  resetTokenTtlSeconds: 60 * 60,
  loginAttemptsBeforeLockout: 10,
} as const

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(3000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().default('redis://localhost:6379'),
  SESSION_SECRET: z.string().min(32),
  JWT_PRIVATE_KEY: z.string().min(1),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_'),
  SMTP_PASSWORD: z.string().optional(),
  SENTRY_DSN: z.string().url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
})

export type AppEnv = z.infer<typeof EnvSchema>

export function loadEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const missing = parsed.error.issues.map((i) => i.path.join('.')).join(', ')
    throw new Error(`Invalid environment: ${missing}`)
  }
  return parsed.data
}

export const secretNames = {
  session: 'SESSION_SECRET',
  jwt: 'JWT_PRIVATE_KEY',
  stripe: 'STRIPE_SECRET_KEY',
  stripeWebhook: 'STRIPE_WEBHOOK_SECRET',
  smtp: 'SMTP_PASSWORD',
} as const

export const passwordPolicy = {
  minLength: limits.passwordMinLength,
  requireDigit: true,
  requireSymbol: false,
  forbidden: ['password', 'password1', '12345678', 'qwertyuiop', 'letmein', 'iloveyou'],
  hint: 'Use a passphrase of four or more unrelated words',
}

export const defaultHeaders = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data: https:; frame-ancestors 'none'",
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
}
