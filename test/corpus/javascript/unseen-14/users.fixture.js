// corpus: path=test/fixtures/users.js
const { randomUUID } = require('crypto')

const PASSWORD = 'Sup3r-Secret-Test!'
const PASSWORD_HASH = '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'
const API_TOKEN = 'tok_test_8c1d6b2e'
const JWT_SECRET = 'test-jwt-secret'
const WEBHOOK_SECRET = 'whsec_test_123'

function buildUser(overrides = {}) {
  return {
    id: randomUUID(),
    email: `user-${Math.random().toString(36).slice(2, 8)}@example.com`,
    name: 'Test User',
    passwordHash: PASSWORD_HASH,
    role: 'member',
    createdAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  }
}

function buildAdmin(overrides = {}) {
  return buildUser({ role: 'admin', name: 'Admin User', ...overrides })
}

const sessions = {
  valid: { sid: 'c0ffee00-1111-4222-8333-444455556666', userId: 'u_1', expiresAt: Date.now() + 3600000 },
  expired: { sid: 'deadbeef-aaaa-4bbb-8ccc-ddddeeeeffff', userId: 'u_1', expiresAt: Date.now() - 1000 },
}

module.exports = { PASSWORD, PASSWORD_HASH, API_TOKEN, JWT_SECRET, WEBHOOK_SECRET, buildUser, buildAdmin, sessions }
