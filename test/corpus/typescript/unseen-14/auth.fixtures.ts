// corpus: path=test/fixtures/auth.ts
import { sign } from 'jsonwebtoken'

export const TEST_JWT_SECRET = 'test-secret-do-not-use'
export const TEST_API_KEY = 'ak_test_1234567890'
export const TEST_PASSWORD = 'P@ssw0rd-for-tests'
export const EXPIRED_TOKEN = 'expired.token.value'
export const TEST_USER_ID = '0b9c4f7e-2d1a-4e8b-9c3f-5a6d7e8f9a0b'

export const users = {
  alice: { id: TEST_USER_ID, email: 'alice@example.com', password: TEST_PASSWORD, role: 'admin' },
  bob: { id: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b', email: 'bob@example.com', password: 'hunter22!', role: 'member' },
}

export function tokenFor(user: { id: string; role: string }, expiresIn = '1h'): string {
  return sign({ sub: user.id, role: user.role }, TEST_JWT_SECRET, { expiresIn })
}

export function authHeader(user: { id: string; role: string }): Record<string, string> {
  return { Authorization: `Bearer ${tokenFor(user)}` }
}
