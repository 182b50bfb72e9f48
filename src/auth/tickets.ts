import { decodeBase64Url, encodeBase64Url } from '../base64url'
import { toHex } from './keys'

/** Browsers cannot set headers on WebSockets and keys must not travel in URLs: a short-lived signed ticket does. */
export const TICKET_TTL_SECONDS = 60

export interface TicketClaims {
  changesetId: string
  tenantId: string
  /** Expiry, epoch seconds. */
  exp: number
}

const encoder = new TextEncoder()

async function hmac(secret: string, data: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(data))))
}

export async function signTicket(secret: string, claims: TicketClaims): Promise<string> {
  const payload = encodeBase64Url(JSON.stringify({ c: claims.changesetId, t: claims.tenantId, exp: claims.exp }))
  return `${payload}.${await hmac(secret, payload)}`
}

export type TicketCheck = { ok: true; claims: TicketClaims } | { ok: false; reason: string }

export async function verifyTicket(
  secret: string,
  ticket: string,
  changesetId: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<TicketCheck> {
  const [payload, signature, extra] = ticket.split('.')
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed ticket' }
  const expected = await hmac(secret, payload)
  const a = encoder.encode(signature)
  const b = encoder.encode(expected)
  if (a.length !== b.length || !crypto.subtle.timingSafeEqual(a, b)) return { ok: false, reason: 'invalid ticket signature' }
  let claims: { c?: unknown; t?: unknown; exp?: unknown }
  try {
    claims = JSON.parse(decodeBase64Url(payload))
  } catch {
    return { ok: false, reason: 'malformed ticket' }
  }
  if (typeof claims.c !== 'string' || typeof claims.t !== 'string' || typeof claims.exp !== 'number') {
    return { ok: false, reason: 'malformed ticket' }
  }
  if (claims.exp < nowSeconds) return { ok: false, reason: 'ticket expired' }
  if (claims.c !== changesetId) return { ok: false, reason: 'ticket is for another changeset' }
  return { ok: true, claims: { changesetId: claims.c, tenantId: claims.t, exp: claims.exp } }
}
