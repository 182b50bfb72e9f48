// corpus: path=src/lib/signing.ts
const encoder = new TextEncoder()

export async function hmacSign(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const sig = await crypto.subtle.sign('HMAC', key, encoder.encode(body))
  return btoa(String.fromCharCode(...new Uint8Array(sig)))
}

export async function legacyDigest(password: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-1', encoder.encode(password)) // expect: weak-hash
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export async function contentHash(body: ArrayBuffer): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', body) // ok: weak-hash
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export function sessionId(): string {
  return crypto.randomUUID() // ok: insecure-random
}

export function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16)) // ok: insecure-random
  return btoa(String.fromCharCode(...bytes))
}
