// corpus: path=web/app/(auth)/sso/callback/page.tsx
'use client'

import { useEffect } from 'react'
import { useRouter, useSearchParams } from 'next/navigation'

export default function SsoCallback() {
  const router = useRouter()
  const params = useSearchParams()

  useEffect(() => {
    const code = params.get('code')
    const state = params.get('state')
    fetch('/api/sso/callback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, state }),
    }).then(async (res) => {
      if (!res.ok) {
        router.replace('/login?error=sso')
        return
      }
      const next = sessionStorage.getItem('sso:next') || params.get('next') || '/'
      sessionStorage.removeItem('sso:next')
      router.replace(next) // expect: open-redirect
    })
  }, [params, router])

  return <p>Signing you in…</p>
}
