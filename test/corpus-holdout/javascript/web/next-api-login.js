// corpus: path=pages/api/auth/callback.js
import { serialize } from 'cookie'
import { exchangeCode } from '../../../lib/oauth'

const SAFE_PATH = /^\/(?!\/)[\w\-/?=&%.]*$/

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET')
    return res.status(405).end()
  }
  const { code, state, returnTo } = req.query
  if (!code || state !== req.cookies.oauth_state) return res.status(400).json({ error: 'bad state' })
  const session = await exchangeCode(code)
  res.setHeader('Set-Cookie', [
    serialize('session', session.token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 28800 }), // ok: insecure-cookie
    serialize('oauth_state', '', { path: '/', maxAge: 0 }),
    serialize('user_hint', session.email, { path: '/', maxAge: 28800 }), // expect: insecure-cookie
  ])
  const target = typeof returnTo === 'string' && SAFE_PATH.test(returnTo) ? returnTo : '/'
  res.redirect(302, target) // ok: open-redirect
}
