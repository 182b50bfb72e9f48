// corpus: path=app/(auth)/login/actions.ts
'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { verifyPassword } from '@/lib/password';
import { db } from '@/lib/db';

const LoginInput = z.object({ email: z.string().email(), password: z.string().min(8) });

function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === 'string' ? value : '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export async function login(formData: FormData) {
  const { email, password } = LoginInput.parse({
    email: formData.get('email'),
    password: formData.get('password'),
  });
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    return { error: 'Invalid email or password' };
  }
  const token = randomBytes(32).toString('hex');
  await db.session.create({ data: { token, userId: user.id, expiresAt: new Date(Date.now() + 7 * 864e5) } });
  cookies().set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  redirect(safeNext(formData.get('next'))); // ok: open-redirect
}

export async function switchAccount(formData: FormData) {
  const accountId = String(formData.get('accountId'));
  const csrf = Math.random().toString(36).slice(2); // expect: insecure-random
  cookies().set('csrf', csrf, { sameSite: 'strict', secure: true });
  await db.session.update({ where: { token: cookies().get('session')?.value }, data: { accountId } });
  redirect(String(formData.get('returnTo') ?? '/dashboard')); // expect: open-redirect
}

export async function logout() {
  const token = cookies().get('session')?.value;
  if (token) await db.session.delete({ where: { token } });
  cookies().delete('session');
  const referer = headers().get('referer');
  redirect(referer ?? '/'); // expect: open-redirect
}

export async function dismissBanner(id: string) {
  const nonce = Math.random().toString(16).slice(2, 8); // ok: insecure-random
  cookies().set(`banner-${id}`, `dismissed-${nonce}`, { maxAge: 60 * 60 * 24 * 30 });
}
