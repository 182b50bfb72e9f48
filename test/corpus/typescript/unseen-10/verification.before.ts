import { createHash, randomInt } from 'node:crypto';

import { redis } from './redis';
import { sendSms } from './sms';

const TTL_SECONDS = 300;

export async function startPhoneVerification(userId: string, phone: string): Promise<void> {
  const code = String(randomInt(100000, 1000000));
  await redis.set(`verify:${userId}`, hashCode(code), 'EX', TTL_SECONDS);
  await sendSms(phone, `Your verification code is ${code}`);
}

export async function checkPhoneVerification(userId: string, code: string): Promise<boolean> {
  const stored = await redis.get(`verify:${userId}`);
  return stored !== null && stored === hashCode(code);
}

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
