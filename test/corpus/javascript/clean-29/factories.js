// corpus: path=test/support/factories.js
'use strict'

const crypto = require('node:crypto')
const jwt = require('jsonwebtoken')

const TEST_JWT_SECRET = 'test-secret-do-not-use-in-prod' // ok: hardcoded-secret
const TEST_PASSWORD = 'Sup3r-Secret!' // ok: hardcoded-secret
const CARDS = {
  visa: '4242424242424242', // ok: hardcoded-secret
  mastercard: '5555555555554444',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
}

let sequence = 0
const next = () => ++sequence

function buildUser(overrides = {}) {
  const n = next()
  return {
    id: crypto.randomUUID(),
    email: `user${n}@example.test`,
    name: `Test User ${n}`,
    role: 'customer',
    password: TEST_PASSWORD,
    createdAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  }
}

function buildProduct(overrides = {}) {
  const n = next()
  return {
    id: crypto.randomUUID(),
    sku: `TST-${String(n).padStart(4, '0')}`,
    name: `Product ${n}`,
    priceCents: 1000 + n,
    stock: 10,
    ...overrides,
  }
}

function buildOrder({ user = buildUser(), items = [{ product: buildProduct(), quantity: 1 }], ...overrides } = {}) {
  const totalCents = items.reduce((sum, item) => sum + item.product.priceCents * item.quantity, 0)
  return {
    id: crypto.randomUUID(),
    number: `SO-${String(next()).padStart(6, '0')}`,
    userId: user.id,
    status: 'pending',
    totalCents,
    currency: 'EUR',
    items,
    ...overrides,
  }
}

function tokenFor(user, { expiresIn = '15m', scope = 'shop:read shop:write' } = {}) {
  return jwt.sign({ sub: user.id, role: user.role, scope }, TEST_JWT_SECRET, { expiresIn, issuer: 'test' }) // ok: hardcoded-secret
}

function authHeader(user, options) {
  return { Authorization: `Bearer ${tokenFor(user, options)}` }
}

function stripeSignature(payload, secret = 'whsec_test_1234567890abcdef', timestamp = Math.floor(Date.now() / 1000)) { // ok: hardcoded-secret
  const signed = crypto.createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex')
  return `t=${timestamp},v1=${signed}`
}

const paymentIntent = (overrides = {}) => ({
  id: 'pi_3OaBcD2eZvKYlo2C1a2b3c4d',
  object: 'payment_intent',
  amount: 2500,
  currency: 'eur',
  status: 'succeeded',
  client_secret: 'pi_3OaBcD2eZvKYlo2C1a2b3c4d_secret_Xyz123AbC456dEf789', // ok: hardcoded-secret
  ...overrides,
})

module.exports = {
  TEST_JWT_SECRET,
  TEST_PASSWORD,
  CARDS,
  buildUser,
  buildProduct,
  buildOrder,
  tokenFor,
  authHeader,
  stripeSignature,
  paymentIntent,
}
