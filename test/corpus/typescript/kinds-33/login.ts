// corpus: path=pages/api/auth/login.ts
import type { NextApiRequest, NextApiResponse } from 'next'
import { serialize } from 'cookie'
import { SignJWT } from 'jose'
import { prisma } from '../../../lib/prisma'
import { verifyPassword } from '../../../lib/passwords'

const secret = new TextEncoder().encode(process.env.JWT_SECRET)

async function issueToken(userId: string, ttlSeconds: number): Promise<string> {
  return new SignJWT({ sub: userId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secret)
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end()
  const { email, password, remember } = req.body as { email: string; password: string; remember?: boolean }
  const user = await prisma.user.findUnique({ where: { email } })
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    return res.status(401).json({ error: 'Invalid email or password' })
  }

  const ttl = remember ? 60 * 60 * 24 * 30 : 60 * 60 * 8
  const token = await issueToken(user.id, ttl)
  const cookies = [
    // The API token in a cookie the page's scripts can read, sent over http as well.
    serialize('token', token, { path: '/', maxAge: ttl }), // expect: insecure-cookie
    serialize('last_email', email, { path: '/login', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' }),
  ]
  res.setHeader('Set-Cookie', cookies)
  return res.status(200).json({ id: user.id, name: user.name })
}

export async function refresh(req: NextApiRequest, res: NextApiResponse) {
  const current = req.cookies.refresh
  const row = current ? await prisma.refreshToken.findUnique({ where: { token: current } }) : null
  if (!row || row.expiresAt < new Date()) return res.status(401).end()
  const token = await issueToken(row.userId, 60 * 60 * 8)
  res.setHeader(
    'Set-Cookie',
    serialize('token', token, { path: '/', maxAge: 60 * 60 * 8, httpOnly: true, secure: true, sameSite: 'strict' }), // ok: insecure-cookie
  )
  return res.status(204).end()
}
