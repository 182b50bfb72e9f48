// corpus: path=src/auth/tokens.ts
import jwt from 'jsonwebtoken';
import { SignJWT, jwtVerify } from 'jose';
import crypto from 'node:crypto';
import type { Request, Response, NextFunction } from 'express';

const ISSUER = 'https://auth.example.com';

export function issueAccessToken(userId: string): string {
  return jwt.sign({ sub: userId, iss: ISSUER }, 'acc3ss-t0ken-s1gning-k3y', { expiresIn: '15m' }); // expect: hardcoded-secret
}

export function issueRefreshToken(userId: string): string {
  return jwt.sign({ sub: userId, typ: 'refresh' }, process.env.REFRESH_SECRET!, { expiresIn: '30d' }); // ok: hardcoded-secret
}

export function readToken(token: string) {
  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256', 'none'] }); // expect: jwt-weak
}

export function readTokenStrict(token: string) {
  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }); // ok: jwt-weak
}

const key = new TextEncoder().encode('jose-demo-key-please-change-me-0042');

export async function issueMagicLink(email: string): Promise<string> {
  return new SignJWT({ email }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('10m').sign(key); // expect: hardcoded-secret
}

export async function checkMagicLink(token: string) {
  const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.MAGIC_SECRET)); // ok: hardcoded-secret
  return payload.email as string;
}

export function hashPassword(password: string): string {
  const digest = crypto.createHash('md5').update(password).digest('hex'); // expect: weak-hash
  return digest;
}

export function etagFor(body: string): string {
  return crypto.createHash('md5').update(body).digest('base64'); // ok: weak-hash
}

export function encryptBackupCode(code: string, secret: Buffer): string {
  const cipher = crypto.createCipheriv('des-ede3-cbc', secret, Buffer.alloc(8)); // expect: weak-cipher
  return cipher.update(code, 'utf8', 'hex') + cipher.final('hex');
}

export function encryptNote(text: string, secret: Buffer): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', secret, iv); // ok: weak-cipher
  return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

export function newResetCode(): string {
  const resetCode = Math.random().toString(36).slice(2, 10); // expect: insecure-random
  return resetCode;
}

export function jitterMs(): number {
  return Math.floor(Math.random() * 250); // ok: insecure-random
}

export function setSession(res: Response, sessionId: string): void {
  res.cookie('session_id', sessionId, { maxAge: 3600_000 }); // expect: insecure-cookie
  res.cookie('session', sessionId, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600_000 }); // ok: insecure-cookie
}

export function corsReflect(req: Request, res: Response, next: NextFunction): void {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin); // expect: permissive-cors
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
}

const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

export function corsAllowList(req: Request, res: Response, next: NextFunction): void {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin); // ok: permissive-cors
    res.setHeader('Vary', 'Origin');
  }
  next();
}
