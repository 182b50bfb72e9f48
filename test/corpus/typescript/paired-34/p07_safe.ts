// corpus: path=src/worker/auth.ts
const encoder = new TextEncoder()

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export async function hashPassword(password: string, salt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits( // ok: weak-hash
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations: 100_000 },
    key,
    256
  )
  return toHex(bits)
}

export async function verifyPassword(password: string, salt: string, stored: string): Promise<boolean> {
  const candidate = encoder.encode(await hashPassword(password, salt))
  const expected = encoder.encode(stored)
  if (candidate.byteLength !== expected.byteLength) return false
  let diff = 0
  for (let i = 0; i < candidate.byteLength; i++) diff |= candidate[i] ^ expected[i]
  return diff === 0
}
