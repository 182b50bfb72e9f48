// corpus: path=src/routes/oauth.ts
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'

type Bindings = { APP_ORIGIN: string }

const app = new Hono<{ Bindings: Bindings }>()

const TRUSTED_ORIGINS = ['https://app.example.com', 'https://admin.example.com']

app.get('/oauth/start', (c) => {
  const returnTo = c.req.query('returnTo') ?? '/'
  setCookie(c, 'return_to', returnTo, { httpOnly: true, secure: true, sameSite: 'Lax' })
  return c.redirect('https://id.example.com/authorize')
})

app.get('/oauth/callback', (c) => {
  const returnTo = getCookie(c, 'return_to') ?? '/'
  if (returnTo.indexOf('example.com') !== -1) {
    return c.redirect(returnTo) // expect: open-redirect
  }
  return c.redirect('/')
})

app.get('/oauth/callback/v2', (c) => {
  const returnTo = getCookie(c, 'return_to') ?? '/'
  let origin: string
  try {
    origin = new URL(returnTo).origin
  } catch {
    return c.redirect('/')
  }
  if (TRUSTED_ORIGINS.includes(origin)) {
    return c.redirect(returnTo) // ok: open-redirect
  }
  return c.redirect('/')
})

app.get('/switch', (c) => {
  const to = c.req.query('to') ?? ''
  if (to.startsWith(c.env.APP_ORIGIN + '/')) {
    return c.redirect(to) // ok: open-redirect
  }
  return c.redirect('/')
})

app.get('/help', (c) => {
  const article = c.req.query('article') ?? ''
  if (/^https:\/\/help\.example\.com/.test(article)) {
    return c.redirect(article) // expect: open-redirect
  }
  return c.redirect('https://help.example.com/')
})

export default app
