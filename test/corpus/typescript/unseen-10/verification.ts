// corpus: path=src/services/verification.ts
import { createHash, randomInt } from 'node:crypto';

import { redis } from './redis';
import { sendSms } from './sms';

const TTL_SECONDS = 300;

export async function startPhoneVerification(userId: string, phone: string): Promise<void> {
  const code = String(randomInt(100000, 1000000));
  await redis.set(`verify:${userId}`, hashCode(code), 'EX', TTL_SECONDS);
  await sendSms(phone, `Your verification code is ${code}`);
}

export async function startEmailVerification(userId: string, email: string): Promise<string> {
  const code = Math.floor(Math.random() * 1_000_000).toString().padStart(6, '0'); // expect: insecure-random
  await redis.set(`verify-email:${userId}`, hashCode(code), 'EX', TTL_SECONDS);
  return code;
}

export async function checkPhoneVerification(userId: string, code: string): Promise<boolean> {
  const stored = await redis.get(`verify:${userId}`);
  return stored !== null && stored === hashCode(code);
}

export function resendDelayMs(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** attempt) + Math.random() * 250; // ok: insecure-random
}

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
