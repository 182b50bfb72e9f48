// corpus: path=app/(auth)/login/actions.ts
'use server'

import { redirect } from 'next/navigation'
import { signIn } from '@/lib/auth'

export async function loginAction(formData: FormData) {
  const email = String(formData.get('email') ?? '')
  const password = String(formData.get('password') ?? '')
  const next = String(formData.get('next') ?? '/dashboard')
  const ok = await signIn(email, password)
  if (!ok) {
    redirect('/login?error=1')
  }
  redirect(next) // expect: open-redirect
}
