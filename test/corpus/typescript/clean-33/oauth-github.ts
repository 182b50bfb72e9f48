// corpus: path=src/routes/auth/github.ts
import { Hono } from 'hono'
import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import { GitHub, generateState } from 'arctic'
import type { AppEnv } from '../../types'
import { createSession, upsertGithubUser } from '../../auth/sessions'

export const githubAuth = new Hono<AppEnv>()

function provider(env: AppEnv['Bindings']) {
  return new GitHub(env.GITHUB_CLIENT_ID, env.GITHUB_CLIENT_SECRET, `${env.PUBLIC_URL}/auth/github/callback`)
}

githubAuth.get('/auth/github', async (c) => {
  const state = generateState()
  const url = provider(c.env).createAuthorizationURL(state, ['read:user', 'user:email'])
  setCookie(c, 'gh_oauth_state', state, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/auth/github', maxAge: 600 })
  return c.redirect(url.toString())
})

githubAuth.get('/auth/github/callback', async (c) => {
  const code = c.req.query('code')
  const state = c.req.query('state')
  const stored = getCookie(c, 'gh_oauth_state')
  deleteCookie(c, 'gh_oauth_state', { path: '/auth/github' })
  if (!code || !state || !stored || state !== stored) {
    return c.text('This sign-in attempt expired. Start again from the sign-in page.', 400)
  }

  const tokens = await provider(c.env).validateAuthorizationCode(code)
  const ghUser = await fetch('https://api.github.com/user', {
    headers: { Authorization: `Bearer ${tokens.accessToken()}`, 'User-Agent': 'acme-app' },
  }).then((r) => r.json() as Promise<{ id: number; login: string; name: string | null; avatar_url: string }>)

  const user = await upsertGithubUser(c.env.DB, { githubId: ghUser.id, login: ghUser.login, name: ghUser.name ?? ghUser.login, avatarUrl: ghUser.avatar_url })
  const session = await createSession(c.env.DB, user.id)
  setCookie(c, 'session', session.token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', expires: session.expiresAt })
  return c.redirect('/dashboard')
})
