// corpus: path=src/hooks/useSession.js
import { useEffect, useState } from 'react'

function newNonce() {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function requestId() {
  return Math.random().toString(36).slice(2, 10)
}

export function beginOAuth(provider) {
  const state = Math.random().toString(36).slice(2) // expect: insecure-random
  sessionStorage.setItem('oauth_state', state)
  const nonce = newNonce() // ok: insecure-random
  sessionStorage.setItem('oauth_nonce', nonce)
  window.location.href = `https://auth.example.com/authorize?provider=${encodeURIComponent(provider)}&state=${state}&nonce=${nonce}` // ok: open-redirect
}

export function useSession() {
  const [session, setSession] = useState(null)
  useEffect(() => {
    fetch('/api/session', { headers: { 'x-request-id': requestId() } }) // ok: insecure-random
      .then((r) => (r.ok ? r.json() : null))
      .then(setSession)
      .catch(() => setSession(null))
  }, [])
  return session
}
