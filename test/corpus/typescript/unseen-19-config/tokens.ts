// corpus: path=src/lib/tokens.ts
import { nanoid } from 'nanoid';

const INVITE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function inviteCode(length = 10): string {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    code += INVITE_ALPHABET.charAt(Math.floor(Math.random() * INVITE_ALPHABET.length)); // expect: insecure-random
  }
  return code;
}

export function shareSlug(): string {
  return nanoid(12); // ok: insecure-random
}

export function experimentBucket(): 'control' | 'variant' {
  return Math.random() < 0.5 ? 'control' : 'variant'; // ok: insecure-random
}

export function backoff(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2); // ok: insecure-random
}

export function placeholderAvatar(): string {
  const hue = Math.floor(Math.random() * 360); // ok: insecure-random
  return `hsl(${hue} 70% 60%)`;
}

export function passwordResetToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes); // ok: insecure-random
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function magicLinkNonce(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`; // expect: insecure-random
}

export function toastId(): string {
  return `toast-${Math.random().toString(36).slice(2, 9)}`; // ok: insecure-random
}
