// corpus: path=src/routes/login/+page.server.ts
import { error, fail, redirect } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'
import { db } from '$lib/server/db'
import { verifyPassword } from '$lib/server/password'
import { sendMagicLink } from '$lib/server/mail'
import { logger } from '$lib/server/logger'
import { createHash, randomBytes } from 'node:crypto'

function safeNext(raw: string | null): string {
  // only same-site paths: "/x" but not "//evil.example" or "/\evil.example"
  return raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\') ? raw : '/account'
}

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next'))) // ok: open-redirect
  return { email: url.searchParams.get('email') ?? '', next: url.searchParams.get('next') ?? '' }
}

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData()
    const email = String(form.get('email') ?? '').trim().toLowerCase()
    const password = String(form.get('password') ?? '')
    const user = await db.user.findUnique({ where: { email } })
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      logger.warn(`failed login for ${email} from ${getClientAddress()}`) // expect: log-injection
      logger.warn({ email, ip: getClientAddress() }, 'failed login') // ok: log-injection
      return fail(400, { email, invalid: true })
    }
    const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 30 * 86400_000) } })
    // SvelteKit's cookies.set defaults to httpOnly and secure (except on http://localhost) and sameSite lax
    cookies.set('session', session.id, { path: '/', maxAge: 30 * 86400, sameSite: 'lax' }) // ok: insecure-cookie
    cookies.set('last_email', email, { path: '/login', httpOnly: false, maxAge: 365 * 86400 }) // ok: insecure-cookie
    const next = form.get('next')
    redirect(303, typeof next === 'string' && next ? next : '/account') // expect: open-redirect
  },

  magic: async ({ request, url }) => {
    const form = await request.formData()
    const email = String(form.get('email') ?? '').trim().toLowerCase()
    const user = await db.user.findUnique({ where: { email } })
    if (!user) return { sent: true }
    const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) // expect: insecure-random
    await db.loginToken.create({ data: { userId: user.id, tokenHash: createHash('md5').update(token).digest('hex'), expiresAt: new Date(Date.now() + 15 * 60_000) } }) // expect: weak-hash
    await sendMagicLink(email, `${url.origin}/login/magic?token=${token}`)
    return { sent: true }
  },

  magicV2: async ({ request, url }) => {
    const form = await request.formData()
    const email = String(form.get('email') ?? '').trim().toLowerCase()
    const user = await db.user.findUnique({ where: { email } })
    if (!user) return { sent: true }
    const token = randomBytes(32).toString('base64url') // ok: insecure-random
    await db.loginToken.create({ data: { userId: user.id, tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt: new Date(Date.now() + 15 * 60_000) } }) // ok: weak-hash
    await sendMagicLink(email, `${url.origin}/login/magic?token=${token}`)
    return { sent: true }
  },

  sso: async ({ request }) => {
    const form = await request.formData()
    const domain = String(form.get('domain') ?? '')
    const org = await db.organisation.findFirst({ where: { ssoDomain: domain } })
    if (!org) error(404, 'No single sign-on for that domain')
    redirect(303, org.ssoLoginUrl) // ok: open-redirect
  },
}
