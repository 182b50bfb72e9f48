// corpus: path=src/lib/crypto.ts
import { createCipheriv, createDecipheriv, createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

const ALGO = 'aes-256-gcm';

export function encrypt(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGO, key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function decrypt(token: string, key: Buffer): string {
  const [iv, tag, body] = token.split('.').map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv(ALGO, key, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password, salt, 600_000, 32, 'sha256'); // ok: weak-hash
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

export function legacyHash(password: string): string {
  return createHash('sha1').update(password).digest('hex'); // expect: weak-hash
}

export function cacheKey(parts: string[]): string {
  return createHash('sha1').update(parts.join('|')).digest('hex'); // ok: weak-hash
}

export function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

export function verify(payload: string, signature: string, secret: string): boolean {
  const expected = Buffer.from(sign(payload, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
