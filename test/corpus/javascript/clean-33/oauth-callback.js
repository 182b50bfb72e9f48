// corpus: path=src/auth/oauth.js
'use strict'

const crypto = require('crypto')
const express = require('express')
const config = require('../config')
const users = require('../users/repository')

const router = express.Router()
const PROVIDER = {
  authorize: 'https://login.example-idp.com/oauth2/v2/authorize',
  token: 'https://login.example-idp.com/oauth2/v2/token',
  userinfo: 'https://login.example-idp.com/oauth2/v2/userinfo',
}

function base64url(buf) {
  return buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

router.get('/auth/login', (req, res) => {
  const state = base64url(crypto.randomBytes(32))
  const verifier = base64url(crypto.randomBytes(48))
  req.session.oauth = { state, verifier }
  const params = new URLSearchParams({
    client_id: config.oauth.clientId,
    redirect_uri: `${config.publicUrl}/auth/callback`,
    response_type: 'code',
    scope: 'openid email profile',
    state,
    code_challenge: base64url(crypto.createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  })
  res.redirect(`${PROVIDER.authorize}?${params}`)
})

router.get('/auth/callback', async (req, res, next) => {
  const pending = req.session.oauth
  delete req.session.oauth
  const state = String(req.query.state || '')
  if (!pending || state.length !== pending.state.length || !crypto.timingSafeEqual(Buffer.from(state), Buffer.from(pending.state))) {
    return res.status(400).render('auth/error', { message: 'That sign-in link has expired. Start again.' })
  }
  try {
    const tokenRes = await fetch(PROVIDER.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: String(req.query.code || ''),
        redirect_uri: `${config.publicUrl}/auth/callback`,
        client_id: config.oauth.clientId,
        client_secret: config.oauth.clientSecret,
        code_verifier: pending.verifier,
      }),
    })
    if (!tokenRes.ok) return res.status(502).render('auth/error', { message: 'The sign-in provider did not answer. Try again.' })
    const { access_token: accessToken } = await tokenRes.json()
    const profile = await (await fetch(PROVIDER.userinfo, { headers: { authorization: `Bearer ${accessToken}` } })).json()
    const user = await users.upsertFromProvider({ subject: profile.sub, email: profile.email, name: profile.name })
    req.session.regenerate((err) => {
      if (err) return next(err)
      req.session.userId = user.id
      res.redirect('/app')
    })
  } catch (err) {
    next(err)
  }
})

module.exports = router
