// corpus: path=src/config/env.ts
import { z } from 'zod'

const EnvSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().default('redis://localhost:6379'),
  OPENAI_API_KEY: z.string().min(20), // ok: hardcoded-secret
  SENTRY_DSN: z.string().url().optional(),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
})

export const env = EnvSchema.parse(process.env)

export const stripeConfig = {
  publishableKey: 'pk_live_51Hx9QmLp2Zr8vXa1Kc6mN0bWy3HdJ5sEuQg7iOt8R4Lw', // ok: hardcoded-secret
  secretKey: 'sk_live_51Hx9QmLp2Zr8vXa1Kc6mN0bWy3HdJ5sEuQg7iOt8R4LwPz', // expect: hardcoded-secret
}

export const adminSeed = {
  email: 'admin@example.com',
  password: 'Adm1n!2024-Spring', // expect: hardcoded-secret
}

export const PASSWORD_RESET_PATH = '/auth/reset-password' // ok: hardcoded-secret
export const TOKEN_HEADER = 'x-api-token' // ok: hardcoded-secret

export const privateKey = [ // expect: hardcoded-secret
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIEowIBAAKCAQEAq7BFUpkGp3+LQmlQKCPjC2bAJ6g0YQqSkKcq9yT8Q7gVpXr2',
  'Zr8vXa1Kc6mN0bWy3HdJ5sEuQg7iOt8R4LwPzQm4Z8kPp2TvX7rLc9NyB3dWa6Fg',
  '-----END RSA PRIVATE KEY-----',
].join('\n')
