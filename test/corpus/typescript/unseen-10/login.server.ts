// corpus: path=src/routes/login/+page.server.ts
import { fail, redirect, type Actions } from '@sveltejs/kit';

import { sessions } from '$lib/server/sessions';
import { users } from '$lib/server/users';

export const actions: Actions = {
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const user = await users.verify(String(form.get('email')), String(form.get('password')));
    if (!user) return fail(400, { invalid: true });
    const session = await sessions.create(user.id);
    cookies.set('session', session.id, { path: '/', maxAge: 60 * 60 * 24 * 7 }); // ok: insecure-cookie
    cookies.set('auth_hint', '1', { path: '/', httpOnly: false }); // ok: insecure-cookie
    throw redirect(303, '/dashboard');
  },
};
