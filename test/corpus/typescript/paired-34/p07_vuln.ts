// corpus: path=src/worker/auth.ts
const encoder = new TextEncoder()

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export async function hashPassword(password: string, salt: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', encoder.encode(salt + password)) // expect: weak-hash
  return toHex(digest)
}

export async function verifyPassword(password: string, salt: string, stored: string): Promise<boolean> {
  return (await hashPassword(password, salt)) === stored
}
