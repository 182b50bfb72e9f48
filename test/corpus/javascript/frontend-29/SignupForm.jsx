// corpus: path=src/pages/SignupForm.jsx
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { register } from '../auth'

const NEXT_PAGES = { billing: '/settings/billing', team: '/settings/team', home: '/' }

export function SignupForm({ next }) {
  const navigate = useNavigate()
  const [form, setForm] = useState({ name: '', email: '', password: '' })

  function update(field) {
    return (e) => setForm({ ...form, [field]: e.target.value })
  }

  async function onSubmit(e) {
    e.preventDefault()
    await register(form)
    localStorage.setItem('lastEmail', form.email)
    navigate(NEXT_PAGES[next] ?? '/') // ok: open-redirect
  }

  return (
    <form onSubmit={onSubmit}>
      <input value={form.name} onChange={update('name')} placeholder="Name" />
      <input value={form.email} onChange={update('email')} placeholder="Email" />
      <input type="password" value={form.password} onChange={update('password')} placeholder="Password" />
      <button type="submit">Create account</button>
    </form>
  )
}
