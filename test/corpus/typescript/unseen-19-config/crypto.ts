// corpus: path=src/lib/crypto.ts
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const KEY = Buffer.from(process.env.FIELD_ENCRYPTION_KEY ?? '', 'base64');
const LEGACY_KEY = Buffer.from(process.env.LEGACY_ENCRYPTION_KEY ?? '', 'hex');

export function encryptField(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv); // ok: weak-cipher
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decryptLegacyField(blob: string): string {
  const decipher = createDecipheriv('aes-128-ecb', LEGACY_KEY, null); // expect: weak-cipher
  return Buffer.concat([decipher.update(Buffer.from(blob, 'base64')), decipher.final()]).toString('utf8');
}

export function encryptForMainframe(plaintext: string): string {
  const cipher = createCipheriv('des-ede3-cbc', LEGACY_KEY.subarray(0, 24), LEGACY_KEY.subarray(0, 8)); // expect: weak-cipher
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('hex');
}

export function hashPassword(password: string, salt: string): string {
  return createHash('sha1').update(salt + password).digest('hex'); // expect: weak-hash
}

export function passwordsMatch(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function avatarColor(userId: string): string {
  const digest = createHash('md5').update(userId).digest('hex'); // ok: weak-hash
  return `#${digest.slice(0, 6)}`;
}

export function contentAddress(buffer: Buffer): string {
  return createHash('sha1').update(buffer).digest('hex'); // ok: weak-hash
}

export function oneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0'); // ok: insecure-random
}
