// corpus: path=src/auth/oidc.ts
import { createHash, randomBytes } from 'node:crypto'

export const PROVIDERS = {
  google: {
    issuer: 'https://accounts.google.com',
    authorizationEndpoint: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenEndpoint: 'https://oauth2.googleapis.com/token',
    jwksUri: 'https://www.googleapis.com/oauth2/v3/certs',
    clientId: '480213377016-6q1v2m9k3p8r7t5s4n0b1c2d3e4f5g6h.apps.googleusercontent.com',
    scopes: ['openid', 'email', 'profile'],
  },
  github: {
    issuer: 'https://github.com',
    authorizationEndpoint: 'https://github.com/login/oauth/authorize',
    tokenEndpoint: 'https://github.com/login/oauth/access_token',
    jwksUri: null,
    clientId: 'Iv1.8a61f9b3a7aba766',
    scopes: ['read:user', 'user:email'],
  },
} as const

export type ProviderName = keyof typeof PROVIDERS

export const CODE_CHALLENGE_METHOD = 'S256'
export const STATE_COOKIE = 'oidc_state'
export const VERIFIER_COOKIE = 'oidc_verifier'
export const RESPONSE_TYPE = 'code'
export const GRANT_TYPE_AUTHORIZATION_CODE = 'authorization_code'
export const GRANT_TYPE_REFRESH_TOKEN = 'refresh_token'

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  const challenge = createHash('sha256').update(verifier).digest('base64url')
  return { verifier, challenge }
}

export function authorizationUrl(provider: ProviderName, redirectUri: string, state: string, challenge: string): string {
  const p = PROVIDERS[provider]
  const url = new URL(p.authorizationEndpoint)
  url.searchParams.set('client_id', p.clientId)
  url.searchParams.set('redirect_uri', redirectUri)
  url.searchParams.set('response_type', RESPONSE_TYPE)
  url.searchParams.set('scope', p.scopes.join(' '))
  url.searchParams.set('state', state)
  url.searchParams.set('code_challenge', challenge)
  url.searchParams.set('code_challenge_method', CODE_CHALLENGE_METHOD)
  return url.toString()
}

export function tokenRequestBody(provider: ProviderName, code: string, verifier: string, redirectUri: string, clientSecret: string) {
  return new URLSearchParams({
    grant_type: GRANT_TYPE_AUTHORIZATION_CODE,
    client_id: PROVIDERS[provider].clientId,
    client_secret: clientSecret,
    code,
    code_verifier: verifier,
    redirect_uri: redirectUri,
  })
}
