// corpus: path=src/lib/ids.ts
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomId(length = 8): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return out;
}

export function apiKey(): string {
  return `sk_${randomId(32)}`; // expect: insecure-random
}

export function passwordResetCode(): string {
  const bytes = new Uint32Array(1);
  crypto.getRandomValues(bytes); // ok: insecure-random
  return String(bytes[0] % 1_000_000).padStart(6, '0');
}

export function sessionToken(): string {
  return crypto.randomUUID() + Math.random().toString(16).slice(2); // expect: insecure-random
}

export function tempFileSuffix(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 6); // ok: insecure-random
}

export function sampleRate(rate: number): boolean {
  return Math.random() < rate; // ok: insecure-random
}

export function colorFor(seed: string): string {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360} 70% 50%)`;
}
