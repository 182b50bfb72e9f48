// corpus: path=app/api/auth/callback/github/route.ts
import { NextResponse, type NextRequest } from 'next/server'
import { cookies } from 'next/headers'
import { timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { db } from '@/lib/db'
import { createSession } from '@/lib/session'

const TokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('bearer'),
  scope: z.string(),
})

const GithubUser = z.object({
  id: z.number(),
  login: z.string(),
  name: z.string().nullable(),
  avatar_url: z.string().url(),
})

const GithubEmail = z.array(z.object({ email: z.string().email(), primary: z.boolean(), verified: z.boolean() }))

function sameState(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/dashboard'
  return value
}

export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get('code')
  const state = req.nextUrl.searchParams.get('state')
  const jar = await cookies()
  const expectedState = jar.get('oauth_state')?.value
  const verifier = jar.get('oauth_verifier')?.value
  const returnTo = safeReturnTo(jar.get('oauth_return_to')?.value)
  jar.delete('oauth_state')
  jar.delete('oauth_verifier')
  jar.delete('oauth_return_to')

  if (!code || !state || !expectedState || !verifier || !sameState(state, expectedState)) {
    return NextResponse.redirect(new URL('/login?error=oauth_state', req.url))
  }

  const tokenRes = await fetch('https://github.com/login/oauth/access_token', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: process.env.GITHUB_CLIENT_ID,
      client_secret: process.env.GITHUB_CLIENT_SECRET,
      code,
      code_verifier: verifier,
      redirect_uri: new URL('/api/auth/callback/github', req.url).toString(),
    }),
  })
  const token = TokenResponse.safeParse(await tokenRes.json())
  if (!tokenRes.ok || !token.success) {
    return NextResponse.redirect(new URL('/login?error=oauth_token', req.url))
  }

  const auth = { authorization: `Bearer ${token.data.access_token}`, accept: 'application/vnd.github+json' }
  const [userRes, emailRes] = await Promise.all([
    fetch('https://api.github.com/user', { headers: auth }),
    fetch('https://api.github.com/user/emails', { headers: auth }),
  ])
  const profile = GithubUser.parse(await userRes.json())
  const primary = GithubEmail.parse(await emailRes.json()).find((e) => e.primary && e.verified)
  if (!primary) return NextResponse.redirect(new URL('/login?error=unverified_email', req.url))

  const user = await db.user.upsert({
    where: { githubId: profile.id },
    create: {
      githubId: profile.id,
      email: primary.email,
      name: profile.name ?? profile.login,
      avatarUrl: profile.avatar_url,
    },
    update: { name: profile.name ?? profile.login, avatarUrl: profile.avatar_url },
  })

  const session = await createSession(user.id)
  const res = NextResponse.redirect(new URL(returnTo, req.url))
  res.cookies.set('session', session.token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    expires: session.expiresAt,
  })
  return res
}
