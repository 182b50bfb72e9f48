// corpus: path=app/api/password-reset/route.ts
import { createHash, randomBytes } from 'node:crypto'

import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'

import { db } from '@/lib/db'
import { sendResetEmail } from '@/lib/mail'

export async function POST(request: Request) {
  const { email } = (await request.json()) as { email: string }
  const user = await db.user.findUnique({ where: { email } })
  if (user) {
    const token = randomBytes(32).toString('hex') // ok: insecure-random
    const tokenHash = createHash('sha1').update(token).digest('hex') // expect: weak-hash
    await db.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 3600_000) } })
    await sendResetEmail(email, token)
  }
  return NextResponse.json({ ok: true })
}

export async function PUT(request: Request) {
  const { token, password } = (await request.json()) as { token: string; password: string }
  const tokenHash = createHash('sha1').update(token).digest('hex') // expect: weak-hash
  const reset = await db.passwordReset.findFirst({ where: { tokenHash, expiresAt: { gt: new Date() } } })
  if (!reset) return NextResponse.json({ error: 'invalid or expired token' }, { status: 400 })
  const passwordHash = createHash('md5').update(password).digest('hex') // expect: weak-hash
  await db.user.update({ where: { id: reset.userId }, data: { passwordHash } })
  await db.passwordReset.delete({ where: { id: reset.id } })
  cookies().set('flash', 'password-updated', { path: '/', maxAge: 60 }) // ok: insecure-cookie
  cookies().set('session', '', { path: '/', maxAge: 0 })
  return NextResponse.json({ ok: true })
}
