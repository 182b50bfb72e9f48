// corpus: path=pages/api/auth/callback.js
import { exchangeCode } from '../../../lib/oauth'
import { setSessionCookie } from '../../../lib/session'

function isLocalPath(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')
}

export default async function callback(req, res) {
  const { code, state } = req.query
  const stored = req.cookies.oauth_state
  if (!stored || stored !== state) return res.status(400).json({ error: 'bad_request' })

  const tokens = await exchangeCode(code)
  setSessionCookie(res, tokens.session)

  const returnTo = req.cookies.return_to
  if (isLocalPath(returnTo)) {
    return res.redirect(302, returnTo) // ok: open-redirect
  }
  return res.redirect(302, '/dashboard')
}

export async function logout(req, res) {
  res.setHeader('Set-Cookie', 'sid=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax')
  res.redirect(302, req.query.continue || '/') // expect: open-redirect
}
