// corpus: path=src/auth/callback.ts
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'

export const auth = new Hono()

function localPath(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/'
  return target
}

auth.get('/auth/callback', async (c) => {
  const returnTo = localPath(getCookie(c, 'return_to') ?? c.req.query('return_to'))
  await completeLogin(c)
  return c.redirect(returnTo) // ok: open-redirect
})
