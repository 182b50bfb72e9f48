// corpus: path=app/(auth)/login/actions.ts
'use server'

import { redirect } from 'next/navigation'
import { signIn } from '@/lib/auth'

function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === 'string' ? value : ''
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/dashboard'
}

export async function loginAction(formData: FormData) {
  const email = String(formData.get('email') ?? '')
  const password = String(formData.get('password') ?? '')
  const next = safeNext(formData.get('next'))
  const ok = await signIn(email, password)
  if (!ok) {
    redirect('/login?error=1')
  }
  redirect(next) // ok: open-redirect
}
