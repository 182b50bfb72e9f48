const encoder = new TextEncoder()

/**
 * Checks `X-Hub-Signature-256` (`sha256=<hex HMAC of the raw body>`). `crypto.subtle.verify`
 * compares in constant time, so a wrong guess leaks nothing about the right one.
 */
export async function verifyWebhookSignature(secret: string, body: Uint8Array, header: string | undefined | null): Promise<boolean> {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '')
  if (!match) return false
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  return crypto.subtle.verify('HMAC', key, hexToBytes(match[1]!), body)
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}
