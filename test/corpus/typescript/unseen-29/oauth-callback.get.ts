// corpus: path=server/routes/auth/github/callback.get.ts
import { randomBytes } from 'node:crypto'
import jwt from 'jsonwebtoken'
import { useDrizzle, tables, eq } from '../../../utils/drizzle'

interface GithubUser {
  id: number
  login: string
  email: string | null
  avatar_url: string
}

const config = useRuntimeConfig()

export default defineEventHandler(async (event) => {
  const { code, state } = getQuery(event) as { code?: string; state?: string }
  const expectedState = getCookie(event, 'gh_oauth_state')
  deleteCookie(event, 'gh_oauth_state')
  if (!code || !state || state !== expectedState) {
    return sendRedirect(event, '/login?error=state', 302) // ok: open-redirect
  }

  const token = await $fetch<{ access_token: string }>('https://github.com/login/oauth/access_token', { // ok: ssrf
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: { client_id: config.github.clientId, client_secret: config.github.clientSecret, code },
  })
  const profile = await $fetch<GithubUser>('https://api.github.com/user', {
    headers: { Authorization: `Bearer ${token.access_token}`, 'User-Agent': 'helpdesk' },
  })

  const db = useDrizzle()
  const existing = await db.select().from(tables.users).where(eq(tables.users.githubId, profile.id)).get()
  const user = existing ?? (await db
    .insert(tables.users)
    .values({ githubId: profile.id, login: profile.login, email: profile.email, avatarUrl: profile.avatar_url })
    .returning()
    .get())

  const session = jwt.sign({ sub: user.id, org: user.orgId }, config.sessionSecret, { expiresIn: '7d' })
  setCookie(event, 'hd_session', session, { path: '/', maxAge: 60 * 60 * 24 * 7 }) // expect: insecure-cookie
  setCookie(event, 'hd_csrf', randomBytes(24).toString('base64url'), { // ok: insecure-cookie
    path: '/',
    sameSite: 'strict',
    secure: true,
    httpOnly: false,
  })

  const returnTo = getCookie(event, 'hd_return_to') ?? '/'
  deleteCookie(event, 'hd_return_to')
  return sendRedirect(event, returnTo, 302) // expect: open-redirect
})
