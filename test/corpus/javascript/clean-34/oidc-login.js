// corpus: path=src/auth/oidc-login.js
'use strict'

const Router = require('@koa/router')
const { Issuer, generators } = require('openid-client')
const config = require('../config')
const users = require('../users/repository')

const router = new Router({ prefix: '/auth' })
let clientPromise

function oidcClient() {
  if (!clientPromise) {
    clientPromise = Issuer.discover(config.oidc.issuer).then(
      (issuer) =>
        new issuer.Client({
          client_id: config.oidc.clientId,
          client_secret: config.oidc.clientSecret,
          redirect_uris: [`${config.publicUrl}/auth/callback`],
          response_types: ['code'],
        }),
    )
  }
  return clientPromise
}

// Only paths of this site are kept as the place to land after signing in.
function safeReturnTo(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}

router.get('/login', async (ctx) => {
  const client = await oidcClient()
  const state = generators.state()
  const nonce = generators.nonce()
  const codeVerifier = generators.codeVerifier()
  ctx.session.oidc = { state, nonce, codeVerifier, returnTo: safeReturnTo(ctx.query.returnTo) }
  const authorizationUrl = client.authorizationUrl({
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: generators.codeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    prompt: ctx.query.prompt === 'login' ? 'login' : undefined,
  })
  ctx.redirect(authorizationUrl)
})

router.get('/callback', async (ctx) => {
  const pending = ctx.session.oidc
  if (!pending) {
    ctx.status = 400
    ctx.body = 'Your sign-in took too long. Please start again.'
    return
  }
  delete ctx.session.oidc

  const client = await oidcClient()
  const params = client.callbackParams(ctx.req)
  const tokenSet = await client.callback(`${config.publicUrl}/auth/callback`, params, {
    state: pending.state,
    nonce: pending.nonce,
    code_verifier: pending.codeVerifier,
  })
  const claims = tokenSet.claims()
  if (!claims.email_verified) {
    ctx.status = 403
    ctx.body = 'Verify your email address with your identity provider first.'
    return
  }

  const user = await users.upsertFromIdentity({ subject: claims.sub, email: claims.email, name: claims.name })
  ctx.session.userId = user.id
  ctx.session.idTokenHint = tokenSet.id_token
  ctx.redirect(pending.returnTo)
})

router.post('/logout', async (ctx) => {
  const client = await oidcClient()
  const idTokenHint = ctx.session.idTokenHint
  ctx.session = null
  ctx.redirect(client.endSessionUrl({ id_token_hint: idTokenHint, post_logout_redirect_uri: config.publicUrl }))
})

module.exports = router
