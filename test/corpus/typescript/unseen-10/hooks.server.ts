// corpus: path=src/hooks.server.ts
import type { Handle } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';

import { sessions } from '$lib/server/sessions';

export const handle: Handle = async ({ event, resolve }) => {
  const sid = event.cookies.get('session');
  event.locals.user = sid ? await sessions.lookup(sid) : null;
  if (!event.cookies.get('visitor')) {
    event.cookies.set('visitor', randomUUID(), { path: '/', maxAge: 60 * 60 * 24 * 365 }); // ok: insecure-cookie
  }
  return resolve(event);
};
