// corpus: path=src/auth/tokens.ts
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SignJWT, jwtVerify, decodeJwt } from 'jose';

const secret = new TextEncoder().encode(process.env.JWT_SECRET);

export async function issueAccessToken(userId: string): Promise<string> {
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('15m').sign(secret); // ok: hardcoded-secret
}

export async function issueLegacyToken(userId: string): Promise<string> {
  const key = new TextEncoder().encode('my-super-secret-signing-key-2024');
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).sign(key); // expect: hardcoded-secret
}

export async function verifyAccessToken(token: string): Promise<string> {
  const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] }); // ok: jwt-weak
  return String(payload.sub);
}

export function userFromToken(token: string): string {
  const claims = decodeJwt(token); // expect: jwt-weak
  return String(claims.sub);
}

export function apiKeyDigest(key: string): string {
  return createHash('sha256').update(key).digest('hex'); // ok: weak-hash
}

export function legacyPasswordDigest(password: string, salt: string): string {
  return createHash('md5').update(salt).update(password).digest('hex'); // expect: weak-hash
}

export function signDownload(path: string, expires: number): string {
  return createHmac('sha256', process.env.URL_SIGNING_KEY!).update(`${path}:${expires}`).digest('base64url'); // ok: hardcoded-secret
}

export function signWebhook(body: string): string {
  return createHmac('sha256', 'whsec_7d9f1a2b3c4e5f60718293a4b5c6d7e8').update(body).digest('hex'); // expect: hardcoded-secret
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function newRefreshToken(): string {
  return randomBytes(48).toString('base64url'); // ok: insecure-random
}
