// corpus: path=app/api/login/route.ts
import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'
import { signIn } from '@/lib/auth'

export async function POST(request: Request) {
  const { email, password } = await request.json()
  const session = await signIn(email, password)
  if (!session) return NextResponse.json({ error: 'invalid credentials' }, { status: 401 })
  cookies().set('session', session.token, { path: '/', maxAge: 60 * 60 * 24 * 7 }) // expect: insecure-cookie
  return NextResponse.json({ ok: true })
}
