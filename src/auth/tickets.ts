import { decodeBase64Url, encodeBase64Url } from '../base64url'
import { toHex } from './keys'

/** Browsers cannot set headers on WebSockets and keys must not travel in URLs: a short-lived signed ticket does. */
export const TICKET_TTL_SECONDS = 60

export interface TicketClaims {
  changesetId: string
  tenantId: string
  /** The API key the ticket was minted with: revoking that key voids the ticket. */
  keyId: string
  /** Expiry, epoch seconds. */
  exp: number
}

export interface VerifiedTicket extends TicketClaims {
  /** Random per ticket, so each one's uses are counted on their own. */
  id: string
}

const encoder = new TextEncoder()

async function hmac(secret: string, data: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(data))))
}

export async function signTicket(secret: string, claims: TicketClaims): Promise<string> {
  const id = toHex(crypto.getRandomValues(new Uint8Array(12)))
  const payload = encodeBase64Url(
    JSON.stringify({ c: claims.changesetId, t: claims.tenantId, k: claims.keyId, j: id, exp: claims.exp }),
  )
  return `${payload}.${await hmac(secret, payload)}`
}

export type TicketCheck = { ok: true; ticket: VerifiedTicket } | { ok: false; reason: string }

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
  let claims: { c?: unknown; t?: unknown; k?: unknown; j?: unknown; exp?: unknown }
  try {
    claims = JSON.parse(decodeBase64Url(payload))
  } catch {
    return { ok: false, reason: 'malformed ticket' }
  }
  const { c, t, k, j, exp } = claims
  // Tickets minted before they named their key cannot be revoked with it, so they are refused.
  if (typeof c !== 'string' || typeof t !== 'string' || typeof k !== 'string' || typeof j !== 'string') {
    return { ok: false, reason: 'malformed ticket' }
  }
  if (typeof exp !== 'number') return { ok: false, reason: 'malformed ticket' }
  if (exp < nowSeconds) return { ok: false, reason: 'ticket expired' }
  if (c !== changesetId) return { ok: false, reason: 'ticket is for another changeset' }
  return { ok: true, ticket: { id: j, changesetId: c, tenantId: t, keyId: k, exp } }
}
