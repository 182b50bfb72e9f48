// corpus: path=web/src/lib/oauth-client.ts
const AUTHORIZE_URL = 'https://auth.brightdesk.io/oauth2/authorize'
const CLIENT_ID = 'web-dashboard'

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function createCodeVerifier(): string {
  const bytes = new Uint8Array(32)
  crypto.getRandomValues(bytes) // ok: insecure-random
  return base64Url(bytes)
}

export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64Url(new Uint8Array(digest))
}

export async function beginLogin(redirectUri: string) {
  const verifier = createCodeVerifier()
  const state = Math.random().toString(36).slice(2) + Date.now().toString(36) // expect: insecure-random
  sessionStorage.setItem('oauth:verifier', verifier)
  sessionStorage.setItem('oauth:state', state)
  const url = new URL(AUTHORIZE_URL)
  url.searchParams.set('client_id', CLIENT_ID)
  url.searchParams.set('redirect_uri', redirectUri)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('state', state)
  url.searchParams.set('code_challenge', await codeChallenge(verifier))
  url.searchParams.set('code_challenge_method', 'S256')
  window.location.assign(url.toString())
}

export function checkState(returned: string | null): boolean {
  const expected = sessionStorage.getItem('oauth:state')
  sessionStorage.removeItem('oauth:state')
  return !!expected && returned === expected
}

/** Jitter for retry back-off, so a fleet of tabs does not retry in lockstep. */
export function backoffDelay(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** attempt)
  return base / 2 + Math.random() * (base / 2) // ok: insecure-random
}

export function toastId(): string {
  return `toast-${Math.random().toString(36).slice(2, 9)}` // ok: insecure-random
}
