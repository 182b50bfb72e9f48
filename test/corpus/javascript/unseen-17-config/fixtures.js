// corpus: path=test/helpers/fixtures.js
const jwt = require('jsonwebtoken');
const { faker } = require('@faker-js/faker');

const TEST_JWT_SECRET = 'test-jwt-secret'; // ok: hardcoded-secret
const ADMIN_PASSWORD = 'Adm1n!Passw0rd'; // ok: hardcoded-secret

process.env.JWT_SECRET = TEST_JWT_SECRET;
process.env.STRIPE_SECRET_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'; // ok: hardcoded-secret
process.env.GITHUB_WEBHOOK_SECRET = 'github-webhook-test'; // ok: hardcoded-secret

function buildUser(overrides = {}) {
  return {
    id: faker.string.uuid(),
    email: faker.internet.email().toLowerCase(),
    name: faker.person.fullName(),
    password: 'correct-horse-battery-staple', // ok: hardcoded-secret
    role: 'member',
    ...overrides,
  };
}

function buildAdmin(overrides = {}) {
  return buildUser({ role: 'admin', password: ADMIN_PASSWORD, ...overrides });
}

function authHeader(user) {
  const token = jwt.sign({ sub: user.id, role: user.role }, TEST_JWT_SECRET, { expiresIn: '5m' });
  return { Authorization: `Bearer ${token}` };
}

const expiredToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEiLCJleHAiOjE2MDAwMDAwMDB9.2Yq3Fv4C1bHn8Ww9Qe7Rk0Tz5Lm6Xp2Sd3Jc4Ua5Vb'; // ok: hardcoded-secret
const apiKeyFixture = { id: 'key_01HZX4', prefix: 'tly_8f2c', hash: 'a7c3e9f1b5d2084c6e1a9f3b7d5c2e08a4f6b1d3c9e7a5f2b8d4c0e6a1f3b9d7' }; // ok: hardcoded-secret

module.exports = { buildUser, buildAdmin, authHeader, expiredToken, apiKeyFixture, TEST_JWT_SECRET };
