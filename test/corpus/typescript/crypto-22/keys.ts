// corpus: path=src/auth/keys.ts
import { generateKeyPair, generateKeyPairSync, scryptSync, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

const generate = promisify(generateKeyPair)

export async function newSigningKey() {
  return generate('rsa', { modulusLength: 4096 }) // ok: weak-cipher
}

export function newDeviceKey() {
  return generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 0x10001 }) // expect: weak-cipher
}

export function newTestKey() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }) // ok: weak-cipher
}

export function hashSecret(secret: string): { salt: string; hash: string } {
  const salt = randomBytes(16)
  const hash = scryptSync(secret, salt, 64) // ok: weak-hash
  return { salt: salt.toString('hex'), hash: hash.toString('hex') }
}
