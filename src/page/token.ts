import { decodeBase64Url, encodeBase64Url } from '../base64url'
import { toHex } from '../auth/keys'

/**
 * Page links (`/r/{id}?t=…`): an HMAC-signed token bound to one tenant's changeset, with a scope
 * and an expiry. Nothing is stored: deleting the changeset (the page then finds nothing) or
 * rotating PAGE_LINK_SECRET revokes them. During a rotation the previous secret still verifies.
 */
export const PAGE_SCOPES = ['view', 'triage'] as const
export type PageScope = (typeof PAGE_SCOPES)[number]

export const DEFAULT_LINK_DAYS = 30
export const MAX_LINK_DAYS = 90

export interface PageClaims {
  changesetId: string
  tenantId: string
  scope: PageScope
  /** Expiry, epoch seconds. */
  exp: number
}

const encoder = new TextEncoder()
// Domain separation: a page token's signature can never be mistaken for an event ticket's.
const PREFIX = 'page-link.v1.'

async function hmac(secret: string, data: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(PREFIX + data))))
}

export async function signPageToken(secret: string, claims: PageClaims): Promise<string> {
  const payload = encodeBase64Url(JSON.stringify({ c: claims.changesetId, t: claims.tenantId, s: claims.scope, exp: claims.exp }))
  return `${payload}.${await hmac(secret, payload)}`
}

async function signatureMatches(secret: string, payload: string, signature: string): Promise<boolean> {
  const a = encoder.encode(signature)
  const b = encoder.encode(await hmac(secret, payload))
  return a.length === b.length && crypto.subtle.timingSafeEqual(a, b)
}

/** The claims when the token is well-formed, signed by a current secret, unexpired and for this changeset. */
export async function verifyPageToken(
  secrets: { current?: string; previous?: string },
  token: string | undefined,
  changesetId: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<PageClaims | undefined> {
  if (!token || token.length > 2048 || !secrets.current) return undefined
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return undefined
  const keys = [secrets.current, secrets.previous].filter((s): s is string => !!s)
  let signed = false
  for (const secret of keys) if (await signatureMatches(secret, payload, signature)) signed = true
  if (!signed) return undefined
  let claims: { c?: unknown; t?: unknown; s?: unknown; exp?: unknown }
  try {
    claims = JSON.parse(decodeBase64Url(payload))
  } catch {
    return undefined
  }
  const { c, t, s, exp } = claims
  if (typeof c !== 'string' || typeof t !== 'string' || typeof exp !== 'number') return undefined
  if (!PAGE_SCOPES.includes(s as PageScope)) return undefined
  if (exp < nowSeconds || c !== changesetId) return undefined
  return { changesetId: c, tenantId: t, scope: s as PageScope, exp }
}

export function pageSecrets(env: Env): { current?: string; previous?: string } {
  return { current: env.PAGE_LINK_SECRET, previous: env.PAGE_LINK_SECRET_PREVIOUS }
}
