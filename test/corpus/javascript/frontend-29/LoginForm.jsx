// corpus: path=src/pages/LoginForm.jsx
import { useState } from 'react'
import { useLocation } from 'react-router-dom'
import { login } from '../auth'

export function LoginForm() {
  const location = useLocation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [failed, setFailed] = useState(false)

  async function onSubmit(e) {
    e.preventDefault()
    const ok = await login(email, password)
    if (!ok) {
      setFailed(true)
      return
    }
    const params = new URLSearchParams(location.search)
    const returnTo = params.get('returnTo') || '/'
    window.location.assign(returnTo) // expect: open-redirect
  }

  return (
    <form onSubmit={onSubmit}>
      {failed && <p role="alert">Wrong email or password.</p>}
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Sign in</button>
    </form>
  )
}
