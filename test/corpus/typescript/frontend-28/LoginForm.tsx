// corpus: path=web/app/(auth)/login/LoginForm.tsx
'use client'

import { useState, type FormEvent } from 'react'
import { useRouter, useSearchParams } from 'next/navigation'
import { signIn } from '@/lib/auth-client'

function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/dashboard'
  return value
}

export default function LoginForm() {
  const router = useRouter()
  const search = useSearchParams()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setError(null)
    const result = await signIn({ email, password })
    if (!result.ok) {
      setError(result.message)
      return
    }
    router.push(safeReturnPath(search.get('returnTo'))) // ok: open-redirect
  }

  async function onSso(provider: string) {
    const next = search.get('next') ?? '/'
    const res = await fetch(`/api/sso/${encodeURIComponent(provider)}/start`, { method: 'POST' })
    const { authorizeUrl } = await res.json()
    sessionStorage.setItem('sso:next', next)
    window.location.assign(authorizeUrl)
  }

  return (
    <form onSubmit={onSubmit}>
      {error && <p role="alert">{error}</p>}
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Sign in</button>
      <button type="button" onClick={() => onSso('google')}>Continue with Google</button>
    </form>
  )
}
