// corpus: path=test/users.spec.ts
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { createHash } from 'node:crypto'
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import jwt from 'jsonwebtoken'
import { buildServer } from '../src/server'

const JWT_SECRET = 'unit-test-secret-do-not-use' // ok: hardcoded-secret
let server: Awaited<ReturnType<typeof buildServer>>

beforeAll(async () => {
  process.env.JWT_SECRET = JWT_SECRET
  server = await buildServer()
  execSync('npx prisma migrate reset --force --skip-seed') // ok: command-injection
})

afterAll(async () => {
  await server.close()
})

describe('GET /users/:id', () => {
  it('requires a token', async () => {
    const res = await server.inject({ method: 'GET', url: '/users/1' })
    expect(res.statusCode).toBe(401)
  })

  it('returns the user', async () => {
    const token = jwt.sign({ sub: '1' }, JWT_SECRET)
    const res = await server.inject({ method: 'GET', url: '/users/1', headers: { authorization: `Bearer ${token}` } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: '1' })
  })

  it('rejects unsigned tokens', async () => {
    const forged = jwt.sign({ sub: '1' }, '', { algorithm: 'none' }) // ok: jwt-weak
    const res = await server.inject({ method: 'GET', url: '/users/1', headers: { authorization: `Bearer ${forged}` } })
    expect(res.statusCode).toBe(401)
  })

  it('hashes avatars by content', () => {
    const digest = createHash('sha1').update('avatar-bytes').digest('hex') // ok: weak-hash
    expect(digest).toHaveLength(40)
  })

  it('writes a fixture file', () => {
    writeFileSync('/tmp/users-fixture.json', JSON.stringify([{ id: '1' }])) // ok: insecure-temp-file
  })
})
