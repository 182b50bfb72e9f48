// corpus: path=app/settings/actions.ts
'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { createHash, randomBytes } from 'node:crypto';

export async function updateDisplayName(formData: FormData) {
  const name = String(formData.get('name') ?? '');
  const userId = (await cookies()).get('uid')?.value ?? '';
  await db.execute(sql.raw(`UPDATE users SET display_name = '${name}' WHERE id = '${userId}'`)); // expect: sql-injection
  await db.execute(sql`UPDATE users SET display_name = ${name} WHERE id = ${userId}`); // ok: sql-injection
  redirect(String(formData.get('returnTo') ?? '/settings')); // expect: open-redirect
}

export async function createApiKey() {
  const apiKey = `sk_${randomBytes(24).toString('hex')}`;
  const stored = createHash('sha256').update(apiKey).digest('hex'); // ok: weak-hash
  const legacyId = createHash('md5').update(apiKey).digest('hex'); // expect: weak-hash
  await db.execute(sql`INSERT INTO api_keys (hash, legacy_id) VALUES (${stored}, ${legacyId})`);
  return apiKey;
}

export async function rememberDevice() {
  const deviceToken = randomBytes(32).toString('hex');
  (await cookies()).set('device_token', deviceToken, { maxAge: 60 * 60 * 24 * 365 }); // expect: insecure-cookie
  (await cookies()).set('tz', Intl.DateTimeFormat().resolvedOptions().timeZone, { maxAge: 60 * 60 * 24 * 365 }); // ok: insecure-cookie
}
