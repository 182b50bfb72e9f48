// corpus: path=src/auth/oauth-pkce.ts
import type { Request, Response, NextFunction, Router } from 'express'
import express from 'express'
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'

export interface OAuthProviderConfig {
  clientId: string
  clientSecret?: string
  authorizeUrl: string
  tokenUrl: string
  userInfoUrl: string
  redirectUri: string
  scopes: string[]
}

interface TokenResponse {
  access_token: string
  token_type: string
  expires_in?: number
  refresh_token?: string
  id_token?: string
  scope?: string
}

const STATE_COOKIE = 'oauth_state'
const VERIFIER_COOKIE = 'oauth_verifier'
const COOKIE_MAX_AGE_MS = 10 * 60 * 1000

const CallbackQuery = z.object({
  code: z.string().min(1).max(2048),
  state: z.string().min(16).max(256),
})

export function createCodeVerifier(): string {
  return randomBytes(32).toString('base64url')
}

export function codeChallengeFor(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url')
}

function cookieOptions(secure: boolean) {
  return { httpOnly: true, secure, sameSite: 'lax' as const, maxAge: COOKIE_MAX_AGE_MS, path: '/auth' }
}

async function exchangeCode(provider: OAuthProviderConfig, code: string, verifier: string): Promise<TokenResponse> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: provider.redirectUri,
    client_id: provider.clientId,
    code_verifier: verifier,
  })
  if (provider.clientSecret) body.set('client_secret', provider.clientSecret)
  const res = await fetch(provider.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body,
  })
  if (!res.ok) {
    throw new Error(`token endpoint answered ${res.status}`)
  }
  return (await res.json()) as TokenResponse
}

export function oauthRouter(
  provider: OAuthProviderConfig,
  opts: { secureCookies: boolean; onLogin: (req: Request, profile: unknown, tokens: TokenResponse) => Promise<void> },
): Router {
  const router = express.Router()

  router.get('/login', (req: Request, res: Response) => {
    const state = randomBytes(24).toString('base64url')
    const verifier = createCodeVerifier()
    res.cookie(STATE_COOKIE, state, cookieOptions(opts.secureCookies))
    res.cookie(VERIFIER_COOKIE, verifier, cookieOptions(opts.secureCookies))
    const url = new URL(provider.authorizeUrl)
    url.searchParams.set('response_type', 'code')
    url.searchParams.set('client_id', provider.clientId)
    url.searchParams.set('redirect_uri', provider.redirectUri)
    url.searchParams.set('scope', provider.scopes.join(' '))
    url.searchParams.set('state', state)
    url.searchParams.set('code_challenge', codeChallengeFor(verifier))
    url.searchParams.set('code_challenge_method', 'S256')
    res.redirect(url.toString())
  })

  router.get('/callback', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const parsed = CallbackQuery.safeParse(req.query)
      if (!parsed.success) {
        res.status(400).json({ error: 'invalid_request' })
        return
      }
      const expectedState = req.cookies?.[STATE_COOKIE]
      const verifier = req.cookies?.[VERIFIER_COOKIE]
      res.clearCookie(STATE_COOKIE, { path: '/auth' })
      res.clearCookie(VERIFIER_COOKIE, { path: '/auth' })
      if (!expectedState || !verifier || expectedState !== parsed.data.state) {
        res.status(400).json({ error: 'state_mismatch' })
        return
      }
      const tokens = await exchangeCode(provider, parsed.data.code, verifier)
      const profileRes = await fetch(provider.userInfoUrl, {
        headers: { Authorization: `Bearer ${tokens.access_token}` },
      })
      if (!profileRes.ok) {
        res.status(502).json({ error: 'userinfo_failed' })
        return
      }
      await opts.onLogin(req, await profileRes.json(), tokens)
      res.redirect('/')
    } catch (err) {
      next(err)
    }
  })

  return router
}
