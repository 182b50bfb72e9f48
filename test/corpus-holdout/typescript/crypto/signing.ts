// corpus: path=src/lib/signing.ts
import { createHash, createHmac, createCipheriv, randomBytes } from 'node:crypto';
import * as jose from 'jose';
import jwt from 'jsonwebtoken';

const WEBHOOK_KEY = 'whk_live_83hf02nd92mf71ks';

export function signWebhook(payload: string): string {
  return createHmac('sha256', WEBHOOK_KEY).update(payload).digest('hex'); // expect: hardcoded-secret
}

export function signWebhookFromEnv(payload: string): string {
  return createHmac('sha256', process.env.WEBHOOK_KEY ?? '').update(payload).digest('hex'); // ok: hardcoded-secret
}

export function storePassword(plain: string): string {
  const passwordHash = createHash('sha1').update(plain).digest('hex'); // expect: weak-hash
  return passwordHash;
}

export function cacheKey(parts: string[]): string {
  return createHash('sha1').update(parts.join('|')).digest('hex'); // ok: weak-hash
}

export function sealLegacy(data: Buffer, key: Buffer): Buffer {
  const c = createCipheriv('aes-128-ecb', key, null); // expect: weak-cipher
  return Buffer.concat([c.update(data), c.final()]);
}

export function seal(data: Buffer, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 }); // ok: weak-cipher
  return Buffer.concat([iv, c.update(data), c.final(), c.getAuthTag()]);
}

export async function verifyPartnerToken(token: string) {
  const secret = new TextEncoder().encode('partner-shared-secret-2024');
  return jose.jwtVerify(token, secret); // expect: hardcoded-secret
}

export function readUnverified(token: string) {
  return jwt.verify(token, '', { algorithms: ['none'] }); // expect: jwt-weak
}

export function newApiKey(): string {
  let apiKey = 'ak_';
  for (let i = 0; i < 32; i++) apiKey += Math.floor(Math.random() * 36).toString(36); // expect: insecure-random
  return apiKey;
}
