// corpus: path=test/auth.spec.js
const request = require('supertest')
const crypto = require('node:crypto')
const jwt = require('jsonwebtoken')
const { expect } = require('chai')
const app = require('../src/app')

const TEST_SECRET = 'test-secret' // ok: hardcoded-secret

describe('auth', () => {
  before(() => {
    process.env.JWT_SECRET = TEST_SECRET
  })

  it('rejects a missing token', async () => {
    const res = await request(app).get('/api/me')
    expect(res.status).to.equal(401)
  })

  it('accepts a signed token', async () => {
    const token = jwt.sign({ sub: 'u1' }, TEST_SECRET, { expiresIn: '5m' })
    const res = await request(app).get('/api/me').set('Authorization', `Bearer ${token}`)
    expect(res.status).to.equal(200)
  })

  it('reads the claims it issued', () => {
    const token = jwt.sign({ sub: 'u2' }, TEST_SECRET)
    expect(jwt.decode(token).sub).to.equal('u2') // ok: jwt-weak
  })

  it('computes stable etags', () => {
    const tag = crypto.createHash('md5').update('abc').digest('hex') // ok: weak-hash
    expect(tag).to.have.length(32)
  })

  it('shuffles deterministically enough for the fixture', () => {
    const ids = [1, 2, 3, 4].sort(() => Math.random() - 0.5) // ok: insecure-random
    expect(ids).to.have.length(4)
  })

  it('renders user names escaped', async () => {
    const res = await request(app).get('/hello-safe').query({ name: '<script>alert(1)</script>' }) // ok: xss
    expect(res.text).not.to.contain('<script>')
  })
})
