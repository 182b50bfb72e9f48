// corpus: path=app/login/actions.ts
'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { verifyCredentials, createSession } from '@/lib/auth'

function safeNext(next: FormDataEntryValue | null): string {
  const value = typeof next === 'string' ? next : '/'
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/'
}

export async function login(formData: FormData) {
  const user = await verifyCredentials(String(formData.get('email')), String(formData.get('password')))
  if (!user) return { error: 'Invalid email or password' }
  const session = await createSession(user.id)
  const jar = await cookies()
  jar.set('session', session.token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 8 }) // ok: insecure-cookie
  redirect(safeNext(formData.get('next'))) // ok: open-redirect
}

export async function loginLegacy(formData: FormData) {
  const user = await verifyCredentials(String(formData.get('email')), String(formData.get('password')))
  if (!user) return { error: 'Invalid email or password' }
  const session = await createSession(user.id)
  const jar = await cookies()
  jar.set('session', session.token, { httpOnly: false, secure: false, path: '/' }) // expect: insecure-cookie
  redirect(String(formData.get('next') ?? '/')) // expect: open-redirect
}
