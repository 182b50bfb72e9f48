// corpus: path=src/auth/callback.ts
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'

export const auth = new Hono()

auth.get('/auth/callback', async (c) => {
  const returnTo = getCookie(c, 'return_to') ?? c.req.query('return_to') ?? '/'
  await completeLogin(c)
  return c.redirect(returnTo) // expect: open-redirect
})
