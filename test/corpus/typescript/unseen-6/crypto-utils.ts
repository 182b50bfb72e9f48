// corpus: path=src/lib/crypto-utils.ts
import { createCipheriv, createHash, createHmac, randomBytes, scryptSync } from 'node:crypto';

const LEGACY_KEY = Buffer.from('3f1c9a7e5b2d4f608a1c3e5f7b9d1f2a', 'hex');

export function encryptLegacy(plain: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-128-cbc', LEGACY_KEY, iv); // expect: hardcoded-secret
  return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export function encrypt(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv); // ok: hardcoded-secret
  return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}:${scryptSync(password, salt, 64).toString('hex')}`; // ok: weak-hash
}

export function hashPasswordLegacy(password: string, salt: string): string {
  return createHash('sha1').update(`${salt}${password}`).digest('hex'); // expect: weak-hash
}

export function signPayload(payload: string, secret: string): string {
  return createHmac('md5', secret).update(payload).digest('hex'); // expect: weak-hash
}

export function contentDigest(payload: string): string {
  return createHash('md5').update(payload).digest('base64'); // ok: weak-hash
}
