// corpus: path=server/routes/auth/github/login.get.ts
import { randomBytes } from 'node:crypto'

const config = useRuntimeConfig()

export default defineEventHandler((event) => {
  const { redirect } = getQuery(event)
  const state = randomBytes(16).toString('hex')
  setCookie(event, 'gh_oauth_state', state, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 600 }) // ok: insecure-cookie
  setCookie(event, 'hd_return_to', String(redirect ?? '/'), { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 600 }) // ok: insecure-cookie
  const params = new URLSearchParams({
    client_id: config.github.clientId,
    redirect_uri: `${config.public.siteUrl}/auth/github/callback`,
    scope: 'read:user user:email',
    state,
  })
  return sendRedirect(event, `https://github.com/login/oauth/authorize?${params}`, 302) // ok: open-redirect
})
