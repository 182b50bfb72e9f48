const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const KEY_BODY_LENGTH = 40 // ~238 bits from a CSPRNG

export type KeyKind = 'live' | 'dev'

/** A new API key: `cra_live_` + 40 base62 characters. Shown once; only its hash is stored. */
export function generateApiKey(kind: KeyKind = 'live'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(KEY_BODY_LENGTH))
  let body = ''
  // 62 does not divide 256, so reject the top of the range to keep every character equally likely.
  for (let i = 0; body.length < KEY_BODY_LENGTH; i++) {
    const byte = i < bytes.length ? bytes[i]! : crypto.getRandomValues(new Uint8Array(1))[0]!
    if (byte < 248) body += ALPHABET[byte % 62]
  }
  return `cra_${kind}_${body}`
}

/** SHA-256 hex: keys are high-entropy random strings, so a fast hash is the right tool (no salt needed). */
export async function hashApiKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key))
  return toHex(new Uint8Array(digest))
}

/** The non-secret start of a key, to tell keys apart in listings. */
export function keyPrefix(key: string): string {
  return key.slice(0, key.indexOf('_', 4) + 5)
}

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}

/** Compares secrets without leaking where they differ through timing. */
export async function timingSafeEqual(a: string, b: string): Promise<boolean> {
  const encoder = new TextEncoder()
  const [ha, hb] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(a)),
    crypto.subtle.digest('SHA-256', encoder.encode(b)),
  ])
  return crypto.subtle.timingSafeEqual(ha, hb)
}
