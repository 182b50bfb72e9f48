// corpus: path=src/lib/codes.ts
import { createHash, randomBytes, randomInt } from 'node:crypto';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function verificationCode(): string {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
}

export function backupCodes(count = 10): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''), // ok: insecure-random
  );
}

export function sessionId(): string {
  return randomBytes(32).toString('base64url'); // ok: insecure-random
}

export function csrfToken(): string {
  return Math.random().toString(36).substring(2) + Date.now().toString(36); // expect: insecure-random
}

export function pickVariant(variants: readonly string[]): string {
  return variants[Math.floor(Math.random() * variants.length)]!; // ok: insecure-random
}

export function fingerprint(publicKeyPem: string): string {
  return createHash('sha256').update(publicKeyPem).digest('hex').match(/.{2}/g)!.join(':');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha1').update(code.replace(/-/g, '').toUpperCase()).digest('hex'); // expect: weak-hash
}

export function contentId(buf: Buffer): string {
  return createHash('md5').update(buf).digest('hex'); // ok: weak-hash
}
