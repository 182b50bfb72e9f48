// corpus: path=src/links-worker.ts
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'

type Bindings = { LINKS: KVNamespace; APP_ORIGIN: string }

const app = new Hono<{ Bindings: Bindings }>()

app.get('/go/:slug', async (c) => {
  const target = await c.env.LINKS.get(`slug:${c.req.param('slug')}`)
  if (!target) return c.notFound()
  return c.redirect(target, 302) // ok: open-redirect
})

app.get('/continue', (c) => {
  const to = c.req.query('to') ?? '/'
  const dest = new URL(to, c.env.APP_ORIGIN)
  if (dest.pathname.startsWith('/app/')) {
    return c.redirect(dest.toString()) // expect: open-redirect
  }
  return c.redirect('/app/')
})

app.get('/resume', (c) => {
  const to = c.req.query('to') ?? '/'
  const dest = new URL(to, c.env.APP_ORIGIN)
  if (dest.origin === c.env.APP_ORIGIN && dest.pathname.startsWith('/app/')) {
    return c.redirect(dest.pathname + dest.search) // ok: open-redirect
  }
  return c.redirect('/app/')
})

app.get('/lang/:code', (c) => {
  const code = c.req.param('code')
  if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(code)) return c.text('bad language', 400)
  setCookie(c, 'lang', code, { path: '/', sameSite: 'Lax', maxAge: 60 * 60 * 24 * 365 }) // ok: insecure-cookie
  const back = getCookie(c, 'last_path') ?? '/'
  return c.redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/') // ok: open-redirect
})

app.get('/unfurl', async (c) => {
  const url = c.req.query('url')
  if (!url) return c.text('missing url', 400)
  const parsed = new URL(url)
  if (parsed.pathname.startsWith('/oembed')) {
    const res = await fetch(parsed) // expect: ssrf
    return c.json(await res.json())
  }
  const res = await fetch(`https://noembed.com/embed?url=${encodeURIComponent(url)}`) // ok: ssrf
  return c.json(await res.json())
})

export default app
