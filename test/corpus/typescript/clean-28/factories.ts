// corpus: path=tests/factories.ts
import { faker } from '@faker-js/faker'
import { randomBytes } from 'node:crypto'
import type { ApiKey, Session, User, WebhookEndpoint } from '../src/db/types'

let seq = 0
const next = () => ++seq

export const TEST_PASSWORD = 'correct-horse-battery-staple'
export const WEAK_PASSWORD = 'password'
export const TEST_OTP_SECRET = 'JBSWY3DPEHPK3PXP'
export const FIXED_API_KEY = 'ak_test_0000000000000000000000000000'
export const FIXED_WEBHOOK_SECRET = 'whsec_test_fixture_not_a_real_secret'

export function buildUser(overrides: Partial<User> = {}): User {
  const n = next()
  return {
    id: `usr_${n.toString().padStart(6, '0')}`,
    email: `user${n}@example.test`,
    name: faker.person.fullName(),
    passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$u7Cf3Jq2rY2oWc8bEo5yQp9zT2H5iVv1y3qVpN8uWZA',
    role: 'member',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  }
}

export function buildAdmin(overrides: Partial<User> = {}): User {
  return buildUser({ role: 'admin', email: `admin${next()}@example.test`, ...overrides })
}

export function buildApiKey(owner: User, overrides: Partial<ApiKey> = {}): ApiKey & { plaintext: string } {
  const plaintext = `ak_test_${randomBytes(16).toString('hex')}`
  return {
    id: `key_${next()}`,
    ownerId: owner.id,
    name: 'CI key',
    prefix: plaintext.slice(0, 12),
    digest: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    revokedAt: null,
    plaintext,
    ...overrides,
  }
}

export function buildSession(user: User, overrides: Partial<Session> = {}): Session {
  return {
    id: `ses_${next()}`,
    userId: user.id,
    token: 'test-session-token',
    refreshToken: 'test-refresh-token',
    expiresAt: new Date(Date.now() + 3600_000),
    ...overrides,
  }
}

export function buildWebhook(owner: User, overrides: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id: `wh_${next()}`,
    ownerId: owner.id,
    url: 'https://hooks.example.test/acme',
    secret: FIXED_WEBHOOK_SECRET,
    events: ['api_key.created', 'api_key.revoked'],
    ...overrides,
  }
}

export const loginPayloads = {
  valid: { email: 'user1@example.test', password: TEST_PASSWORD },
  wrongPassword: { email: 'user1@example.test', password: 'not-the-password' },
  missingPassword: { email: 'user1@example.test' },
  sqlish: { email: "' OR 1=1 --", password: 'x' },
}

export const jwtFixtures = {
  expired: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMDAwMDAxIiwiZXhwIjoxNjAwMDAwMDAwfQ.3q5uP0pPq8yK5m2sLxv9S9w6G4uGQf8cTj2bXlH0c1Q',
  malformed: 'not.a.jwt',
  unsigned: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c3JfMDAwMDAxIn0.',
}
