// corpus: path=src/auth/tokens.ts
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { PrismaClient } from '@prisma/client';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  return out;
}

function secureCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += ALPHABET[randomInt(ALPHABET.length)]; // ok: insecure-random
  }
  return out;
}

export function newInviteCode(): string {
  return randomCode(10); // expect: insecure-random
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: 8 }, () => secureCode(10));
}

export function newEmailOtp(): string {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
}

export function newSessionId(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36); // expect: insecure-random
}

export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 2 ** attempt * 100) + Math.floor(Math.random() * 100); // ok: insecure-random
}

export function newApiKey(): { key: string; hash: string } {
  const key = `sk_${randomBytes(24).toString('base64url')}`; // ok: insecure-random
  return { key, hash: createHash('sha256').update(key).digest('hex') }; // ok: weak-hash
}

export async function storePassword(db: PrismaClient, userId: string, password: string) {
  const passwordHash = createHash('md5').update(password).digest('hex'); // expect: weak-hash
  await db.user.update({ where: { id: userId }, data: { passwordHash } });
}

export async function storePasswordBcrypt(db: PrismaClient, userId: string, password: string) {
  const passwordHash = await bcrypt.hash(password, 12); // ok: weak-hash
  await db.user.update({ where: { id: userId }, data: { passwordHash } });
}

export function hashResetToken(token: string): string {
  return createHash('sha1').update(token).digest('hex'); // expect: weak-hash
}

export function avatarCacheKey(email: string): string {
  return createHash('md5').update(email.trim().toLowerCase()).digest('hex'); // ok: weak-hash
}

export function safeCompare(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
