// corpus: path=src/routes/auth/callback/+server.ts
import { error, redirect, type RequestHandler } from '@sveltejs/kit'
import * as oauth from 'oauth4webapi'
import { env } from '$env/dynamic/private'
import { sessions } from '$lib/server/sessions'
import { accounts } from '$lib/server/accounts'

const issuer = new URL(env.OIDC_ISSUER)
const client: oauth.Client = { client_id: env.OIDC_CLIENT_ID, token_endpoint_auth_method: 'client_secret_basic' }
const clientAuth = oauth.ClientSecretBasic(env.OIDC_CLIENT_SECRET)

function localPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}

export const GET: RequestHandler = async ({ url, cookies }) => {
  const pending = cookies.get('oidc_pending')
  cookies.delete('oidc_pending', { path: '/' })
  if (!pending) throw error(400, 'Sign-in expired, please try again')
  const { state, nonce, verifier, returnTo } = JSON.parse(pending) as { state: string; nonce: string; verifier: string; returnTo: string }

  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer))
  const params = oauth.validateAuthResponse(as, client, url, state)
  const response = await oauth.authorizationCodeGrantRequest(as, client, clientAuth, params, `${env.PUBLIC_URL}/auth/callback`, verifier)
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true })
  const claims = oauth.getValidatedIdTokenClaims(result)
  if (!claims) throw error(401, 'No identity in the provider response')

  const account = await accounts.upsertFromIdentity({ subject: claims.sub, email: String(claims.email ?? ''), issuer: claims.iss })
  const sessionId = await sessions.create(account.id)
  cookies.set('sid', sessionId, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 14 })
  throw redirect(303, localPath(returnTo))
}
