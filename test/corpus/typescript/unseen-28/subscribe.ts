// corpus: path=src/pages/api/subscribe.ts
import type { APIRoute } from 'astro'

export const prerender = false

const LIST_API = import.meta.env.LIST_API_URL
const LIST_API_KEY = import.meta.env.LIST_API_KEY
const DOUBLE_OPT_IN_TEMPLATE = 'tmpl_confirm_subscription_v2'

export const POST: APIRoute = async ({ request, redirect, cookies, clientAddress }) => {
  const form = await request.formData()
  const email = String(form.get('email') ?? '').trim()
  const next = String(form.get('next') ?? '/thanks')
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return redirect('/newsletter?error=email', 303)

  const res = await fetch(`${LIST_API}/lists/weekly/members`, { // ok: ssrf
    method: 'POST',
    headers: { Authorization: `Bearer ${LIST_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, template: DOUBLE_OPT_IN_TEMPLATE, ip: clientAddress }),
  })
  if (!res.ok) {
    console.error('list api rejected subscriber', res.status, { email, key: LIST_API_KEY }) // expect: sensitive-logging
    return redirect('/newsletter?error=upstream', 303)
  }
  console.info('subscribed', res.status) // ok: sensitive-logging
  cookies.set('subscribed', '1', { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' }) // ok: insecure-cookie
  return redirect(next, 303) // expect: open-redirect
}

export const GET: APIRoute = ({ redirect, url }) => {
  const ref = url.searchParams.get('ref') ?? ''
  return redirect(`/newsletter?ref=${encodeURIComponent(ref)}`, 302) // ok: open-redirect
}
