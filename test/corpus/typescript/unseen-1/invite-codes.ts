// corpus: path=src/invites/invite-codes.ts
import { customAlphabet } from 'nanoid';
import { randomInt, webcrypto } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateInviteCode(length = 10): string {
  let code = '';
  for (let i = 0; i < length; i++) {
    code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]; // expect: insecure-random
  }
  return code;
}

export function generateInviteCodeSecure(length = 10): string {
  let code = '';
  for (let i = 0; i < length; i++) {
    code += ALPHABET[randomInt(ALPHABET.length)]; // ok: insecure-random
  }
  return code;
}

export const makeRecoveryCode = customAlphabet(ALPHABET, 12);

export function apiKeyFor(prefix: string): string {
  const suffix = Math.random().toString(36).substring(2, 15) + Date.now().toString(36); // expect: insecure-random
  return `${prefix}_${suffix}`;
}

export function verificationCode(): string {
  const array = new Uint32Array(1);
  webcrypto.getRandomValues(array);
  return (array[0] % 1_000_000).toString().padStart(6, '0'); // ok: insecure-random
}

export function jitterMs(base: number): number {
  return base + Math.floor(Math.random() * 250); // ok: insecure-random
}

export function pickVariant<T>(variants: T[]): T {
  return variants[Math.floor(Math.random() * variants.length)]; // ok: insecure-random
}

export function createPasswordResetLink(userId: string): { url: string; resetToken: string } {
  const resetToken = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join(''); // expect: insecure-random
  return { url: `https://app.example.com/reset?uid=${userId}&token=${resetToken}`, resetToken };
}
