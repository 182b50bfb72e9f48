// corpus: path=test/fixtures/auth.ts
import { SignJWT } from 'jose'
import type { User } from '../../src/users/user.entity'

// Fake credentials for the test database only; none of these exist anywhere else.
export const TEST_PASSWORD = 'correct-horse-battery-staple'
export const TEST_JWT_SECRET = 'test-secret-at-least-32-characters-long!!'
export const TEST_API_KEY = 'cra_live_testkeytestkeytestkey000'
export const TEST_STRIPE_KEY = 'sk_test_placeholder'
export const TEST_WEBHOOK_SECRET = 'whsec_test_secret'

export const adminUser: Partial<User> = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@example.test',
  displayName: 'Ada Admin',
  role: 'admin',
  // bcrypt of TEST_PASSWORD with cost 4 so the suite stays fast
  passwordHash: '$2b$04$WQ8pL2vYzQ1oTQeT7v1fDe7b6w6g8wq1t2m0yU9vC3xJ5oJm1bq2K',
}

export const memberUser: Partial<User> = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'member@example.test',
  displayName: 'Max Member',
  role: 'member',
  passwordHash: adminUser.passwordHash,
}

export const testEnv = {
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://postgres:postgres@localhost:5432/app_test',
  JWT_SECRET: TEST_JWT_SECRET,
  SMTP_HOST: 'localhost',
  SMTP_PORT: '1025',
  SMTP_USER: 'mailhog',
  SMTP_PASSWORD: 'mailhog',
  STRIPE_SECRET_KEY: TEST_STRIPE_KEY,
  STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
  API_KEY_PEPPER: 'pepper-for-tests',
}

export async function signTestToken(user: Partial<User>, expiresIn = '5m'): Promise<string> {
  return new SignJWT({ sub: user.id, role: user.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer('https://auth.example.com')
    .setAudience('api')
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(TEST_JWT_SECRET))
}

export function authHeader(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

export const invalidTokens = {
  empty: '',
  malformed: 'not-a-jwt',
  wrongSignature:
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwIiwicm9sZSI6ImFkbWluIn0.c2lnbmF0dXJlLW5vdC12YWxpZA',
  expired: 'expired-token-placeholder',
}

export const passwordCases = [
  { password: 'short', valid: false, reason: 'too short' },
  { password: 'a'.repeat(129), valid: false, reason: 'too long' },
  { password: 'Password123!', valid: true, reason: 'typical' },
  { password: TEST_PASSWORD, valid: true, reason: 'passphrase' },
]
