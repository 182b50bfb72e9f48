// corpus: path=src/lib/tokens.ts
import { SignJWT, jwtVerify } from 'jose';
import CryptoJS from 'crypto-js';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const signingKey = new TextEncoder().encode(process.env.JWT_SECRET);

export async function issueSession(userId: string): Promise<string> {
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(signingKey); // ok: hardcoded-secret
}

export async function issuePreviewToken(docId: string): Promise<string> {
  const key = new TextEncoder().encode('preview-links-7f3a9c2e41b8d605');
  return new SignJWT({ doc: docId }).setProtectedHeader({ alg: 'HS256' }).sign(key); // expect: hardcoded-secret
}

export async function readSession(token: string) {
  const { payload } = await jwtVerify(token, signingKey, { algorithms: ['HS256'] });
  return payload.sub;
}

export async function hashPassword(password: string, salt: string): Promise<string> {
  const data = new TextEncoder().encode(salt + password);
  const digest = await crypto.subtle.digest('SHA-1', data); // expect: weak-hash
  return Buffer.from(digest).toString('hex');
}

export async function fileChecksum(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', bytes); // ok: weak-hash
  return Buffer.from(digest).toString('hex');
}

export function legacyPasswordMatches(password: string, stored: string): boolean {
  const candidate = CryptoJS.MD5(password).toString(); // expect: weak-hash
  return timingSafeEqual(Buffer.from(candidate), Buffer.from(stored));
}

export function signWebhook(body: string, secret: string): string {
  return createHmac('sha1', secret).update(body).digest('hex'); // ok: weak-hash
}

export function signWebhookV2(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex'); // ok: weak-hash
}

export function apiKeyFingerprint(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex'); // ok: weak-hash
}

export function cacheKey(url: string): string {
  return createHash('md5').update(url).digest('hex'); // ok: weak-hash
}

export function storeRecoveryCode(code: string): string {
  const hasher = createHash('md5'); // also: weak-hash
  hasher.update(code); // expect: weak-hash
  return hasher.digest('base64');
}

export function newCsrfToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes); // ok: insecure-random
  return Buffer.from(bytes).toString('base64url');
}

export function newInviteCode(): string {
  let code = '';
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  for (let i = 0; i < 10; i++) code += alphabet[Math.floor(Math.random() * alphabet.length)]; // expect: insecure-random
  return code;
}
