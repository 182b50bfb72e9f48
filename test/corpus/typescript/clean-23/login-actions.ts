// corpus: path=app/(auth)/login/actions.ts
'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import bcrypt from 'bcryptjs'
import { SignJWT } from 'jose'
import { db } from '@/db'
import { users } from '@/db/schema'
import { eq } from 'drizzle-orm'

const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
  next: z.string().optional(),
})

const secret = new TextEncoder().encode(process.env.AUTH_SECRET)

function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/dashboard'
  return next
}

export async function login(_prev: unknown, formData: FormData) {
  const parsed = LoginSchema.safeParse({
    email: formData.get('email'),
    password: formData.get('password'),
    next: formData.get('next') ?? undefined,
  })
  if (!parsed.success) return { error: 'Enter a valid email and password.' }

  const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email.toLowerCase())).limit(1)
  const ok = user ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false
  if (!user || !ok) return { error: 'Email or password is incorrect.' }

  const token = await new SignJWT({ sub: user.id })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('8h')
    .sign(secret)
  ;(await cookies()).set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 8 })
  redirect(safeNext(parsed.data.next))
}

export async function logout() {
  ;(await cookies()).delete('session')
  redirect('/login')
}
