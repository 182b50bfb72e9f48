// corpus: path=test/members.route.spec.ts
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import request from 'supertest'
import type { Express } from 'express'
import { createApp } from '../src/app'
import { db } from '../src/db'
import { signAccess } from '../src/auth/tokens'
import * as mailer from '../src/notifications/mailer'

const OWNER = { id: '3f0c6a8e-8a57-4d3c-9d2c-0d3c3e1b9a01', email: 'owner@example.com', password: 'correct horse battery staple' }
const TEST_SECRET = 'test-secret-not-used-outside-tests'

let app: Express
let close: () => Promise<void>

beforeAll(async () => {
  process.env.ACCESS_TOKEN_SECRET = TEST_SECRET
  const created = await createApp()
  app = created.app
  close = async () => {
    await created.redis.quit()
  }
  await db.migrate.latest()
})

afterAll(async () => {
  await close()
  await db.destroy()
})

beforeEach(async () => {
  await db('memberships').del()
  await db('users').del()
  await db('users').insert({ id: OWNER.id, email: OWNER.email, name: 'Owner' })
  await db('memberships').insert({ user_id: OWNER.id, account_id: 'acct_1', role: 'owner' })
  vi.restoreAllMocks()
})

function auth() {
  return { authorization: `Bearer ${signAccess(OWNER.id, ['members:write'])}` }
}

describe('members API', () => {
  it('lists members of the account', async () => {
    const res = await request(app).get('/api/accounts/acct_1/members').set(auth())
    expect(res.status).toBe(200)
    expect(res.body).toEqual([expect.objectContaining({ email: OWNER.email, role: 'owner' })])
  })

  it('filters by search term without treating it as SQL', async () => {
    const res = await request(app).get('/api/accounts/acct_1/members').query({ search: "' OR 1=1 --" }).set(auth())
    expect(res.status).toBe(200)
    expect(res.body).toEqual([])
  })

  it('invites a member and sends the email', async () => {
    const send = vi.spyOn(mailer, 'sendWelcome').mockResolvedValue(undefined)
    const res = await request(app)
      .post('/api/accounts/acct_1/members')
      .set(auth())
      .send({ email: 'new@example.com', role: 'member' })
    expect(res.status).toBe(201)
    expect(send).toHaveBeenCalledOnce()
  })

  it('rejects an unknown role', async () => {
    const res = await request(app)
      .post('/api/accounts/acct_1/members')
      .set(auth())
      .send({ email: 'new@example.com', role: 'superuser' })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('validation_failed')
  })

  it('requires a token', async () => {
    const res = await request(app).get('/api/accounts/acct_1/members')
    expect(res.status).toBe(401)
  })

  it('does not let a member remove the owner', async () => {
    await db('users').insert({ id: 'u2', email: 'm@example.com', name: 'Member' })
    await db('memberships').insert({ user_id: 'u2', account_id: 'acct_1', role: 'member' })
    const token = signAccess('u2', ['members:read'])
    const res = await request(app).delete(`/api/accounts/acct_1/members/${OWNER.id}`).set({ authorization: `Bearer ${token}` })
    expect(res.status).toBe(403)
  })
})
