// corpus: path=app/login/actions.ts
'use server';

import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { signIn } from '@/lib/auth';

function safeInternalPath(value: FormDataEntryValue | null): string {
  const s = typeof value === 'string' ? value : '';
  return s.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : '/dashboard';
}

export async function login(formData: FormData) {
  const session = await signIn(String(formData.get('email')), String(formData.get('password')));
  cookies().set('session', session.id, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  redirect(safeInternalPath(formData.get('next'))); // ok: open-redirect
}

export async function loginLegacy(formData: FormData) {
  const session = await signIn(String(formData.get('email')), String(formData.get('password')));
  cookies().set('session', session.id, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  const next = formData.get('next') as string;
  redirect(next || '/dashboard'); // expect: open-redirect
}
