// corpus: path=test/fixtures/users.js
'use strict'

const crypto = require('node:crypto')
const bcrypt = require('bcryptjs')
const jwt = require('jsonwebtoken')

const PASSWORD = 'hunter2-but-longer' // ok: hardcoded-secret
const PASSWORD_HASH = bcrypt.hashSync(PASSWORD, 4)

// Throwaway key pair generated for the test suite only; never used outside it.
const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })

const TEST_JWT_OPTIONS = {
  issuer: 'https://changelog.example.dev',
  audience: 'changelog-api',
}

const users = {
  alice: {
    id: 'b3f1c3e2-6a0d-4d2b-9a57-0c1e7f0a9d11',
    email: 'alice@example.com',
    display_name: 'Alice Example',
    password_hash: PASSWORD_HASH,
    role: 'admin',
  },
  bob: {
    id: '5c2d8e4f-1b3a-4c6d-8e9f-a0b1c2d3e4f5',
    email: 'bob@example.com',
    display_name: 'Bob Example',
    password_hash: PASSWORD_HASH,
    role: 'member',
  },
  disabled: {
    id: '9e8d7c6b-5a49-4382-b1c0-d9e8f7a6b5c4',
    email: 'disabled@example.com',
    display_name: 'Disabled User',
    password_hash: PASSWORD_HASH,
    role: 'member',
    disabled_at: new Date('2024-01-01T00:00:00Z'),
  },
}

const apiTokens = {
  aliceRead: {
    raw: 'pat_test_4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99', // ok: hardcoded-secret
    scopes: ['releases:read'],
  },
  expired: {
    raw: 'pat_test_00000000000000000000000000000000',
    scopes: ['releases:read'],
    expires_at: new Date('2020-01-01T00:00:00Z'),
  },
}

const webhook = {
  secret: 'test-webhook-secret', // ok: hardcoded-secret
  deliveryId: '72d3162e-cc78-11e3-81ab-4c9367dc0958',
  pullRequestOpened: {
    action: 'opened',
    number: 42,
    pull_request: { number: 42, title: 'Add dark mode', head: { sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' } },
    repository: { name: 'changelog', owner: { login: 'octo-org' } },
    installation: { id: 1234567 },
  },
}

// Stripe test-mode card numbers from https://docs.stripe.com/testing
const cards = {
  visa: { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' },
  declined: { number: '4000000000000002', exp_month: 12, exp_year: 2034, cvc: '123' },
  threeDSecure: { number: '4000002760003184', exp_month: 12, exp_year: 2034, cvc: '123' },
}

function signTestToken(user, { scopes = ['*'], expiresIn = '5m' } = {}) {
  return jwt.sign({ scope: scopes.join(' ') }, privateKey, {
    ...TEST_JWT_OPTIONS,
    algorithm: 'RS256',
    subject: user.id,
    expiresIn,
  })
}

function signWebhook(body, secret = webhook.secret) {
  return 'sha256=' + crypto.createHmac('sha256', secret).update(body).digest('hex')
}

async function seedUsers(knex) {
  await knex('users').insert(Object.values(users))
  await knex('api_tokens').insert({
    user_id: users.alice.id,
    name: 'fixture',
    token_hash: crypto.createHash('sha256').update(apiTokens.aliceRead.raw).digest('hex'),
    scopes: apiTokens.aliceRead.scopes,
  })
}

module.exports = {
  PASSWORD,
  users,
  apiTokens,
  webhook,
  cards,
  keys: { privateKey, publicKey },
  signTestToken,
  signWebhook,
  seedUsers,
  TEST_JWT_OPTIONS,
}
