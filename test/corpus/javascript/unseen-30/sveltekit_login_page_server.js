// corpus: path=src/routes/login/+page.server.js
import { fail, redirect } from '@sveltejs/kit'
import bcrypt from 'bcryptjs'
import crypto from 'node:crypto'
import { db } from '$lib/server/db'
import { dev } from '$app/environment'
import { sendMail } from '$lib/server/mail'

/** @type {import('./$types').PageServerLoad} */
export async function load({ locals, url }) {
  if (locals.user) throw redirect(303, '/dashboard')
  return { next: url.searchParams.get('next') || '/dashboard' }
}

/** @type {import('./$types').Actions} */
export const actions = {
  login: async ({ request, cookies }) => {
    const data = await request.formData()
    const email = String(data.get('email') || '').trim().toLowerCase()
    const password = String(data.get('password') || '')
    const { rows } = await db.query('SELECT id, password_hash FROM users WHERE email = $1', [email])
    if (!rows.length || !(await bcrypt.compare(password, rows[0].password_hash))) {
      console.warn('failed login', email, password) // expect: sensitive-logging
      return fail(400, { email, incorrect: true })
    }
    const sessionId = crypto.randomBytes(32).toString('base64url')
    await db.query('INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval \'14 days\')', [sessionId, rows[0].id])
    cookies.set('session', sessionId, { path: '/', httpOnly: true, sameSite: 'lax', secure: !dev, maxAge: 60 * 60 * 24 * 14 }) // ok: insecure-cookie
    throw redirect(303, String(data.get('next') || '/dashboard')) // expect: open-redirect
  },

  magic: async ({ request, url }) => {
    const data = await request.formData()
    const email = String(data.get('email') || '').trim().toLowerCase()
    const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) // expect: insecure-random
    await db.query('INSERT INTO magic_links (email, token, expires_at) VALUES ($1, $2, now() + interval \'15 minutes\')', [email, token])
    await sendMail({ to: email, subject: 'Your sign-in link', text: `${url.origin}/login/magic?token=${token}` })
    return { sent: true }
  },

  remember: async ({ request, cookies }) => {
    const data = await request.formData()
    cookies.set('remember_email', String(data.get('email') || ''), { path: '/login', httpOnly: false, secure: !dev, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 }) // ok: insecure-cookie
    return { remembered: true }
  },

  logout: async ({ cookies, url }) => {
    const sessionId = cookies.get('session')
    if (sessionId) await db.query('DELETE FROM sessions WHERE id = $1', [sessionId])
    cookies.delete('session', { path: '/' })
    const next = url.searchParams.get('next') || '/'
    throw redirect(303, next.startsWith('/') && !next.startsWith('//') ? next : '/') // ok: open-redirect
  },
}
