// corpus: path=src/routes/login/+page.server.ts
import { fail, redirect } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'
import { dev } from '$app/environment'
import { verifyPassword, createSession } from '$lib/server/auth'
import { db } from '$lib/server/db'

const SESSION_COOKIE = 'session'
const REMEMBER_COOKIE = 'remember_email'

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) redirect(303, '/dashboard')
  return { redirectTo: url.searchParams.get('redirectTo') ?? '/dashboard' }
}

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData()
    const email = String(form.get('email') ?? '').toLowerCase()
    const password = String(form.get('password') ?? '')
    const user = await db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, email) })
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      console.warn(`failed login for ${email} from ${getClientAddress()}`) // expect: log-injection
      return fail(400, { email, message: 'Invalid email or password' })
    }
    const session = await createSession(user.id)
    cookies.set(SESSION_COOKIE, session.token, { path: '/', httpOnly: false, secure: !dev, maxAge: 60 * 60 * 24 * 30 }) // expect: insecure-cookie
    cookies.set(REMEMBER_COOKIE, email, { path: '/login', httpOnly: true, sameSite: 'lax' }) // ok: insecure-cookie
    const redirectTo = url.searchParams.get('redirectTo') ?? '/dashboard'
    if (form.get('sso') === '1') redirect(303, `/sso/start?return=${encodeURIComponent(redirectTo)}`) // ok: open-redirect
    redirect(303, redirectTo) // expect: open-redirect
  },
}
