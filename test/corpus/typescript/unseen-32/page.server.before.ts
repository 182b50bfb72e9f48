import { error, fail, redirect } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'
import { db } from '$lib/server/db'
import { verifyPassword } from '$lib/server/password'

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) redirect(303, '/account')
  return { email: url.searchParams.get('email') ?? '' }
}

export const actions: Actions = {
  default: async ({ request, cookies, locals }) => {
    const form = await request.formData()
    const email = String(form.get('email') ?? '').trim().toLowerCase()
    const password = String(form.get('password') ?? '')
    const user = await db.user.findUnique({ where: { email } })
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      return fail(400, { email, invalid: true })
    }
    const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 30 * 86400_000) } })
    cookies.set('session', session.id, { path: '/', maxAge: 30 * 86400 })
    redirect(303, '/account')
  },
}
