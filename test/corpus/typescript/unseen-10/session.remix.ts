// corpus: path=app/sessions.server.ts
import { createCookieSessionStorage } from '@remix-run/node';

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secrets: ['r3m1x-s3ss10n-k8Hq2vL9'], // expect: hardcoded-secret
    secure: false, // expect: insecure-cookie
  },
});

export const themeStorage = createCookieSessionStorage({
  cookie: {
    name: 'theme',
    path: '/',
    sameSite: 'lax',
    secrets: [process.env.THEME_SECRET ?? ''], // ok: hardcoded-secret
    secure: process.env.NODE_ENV === 'production', // ok: insecure-cookie
  },
});

export const { getSession, commitSession, destroySession } = sessionStorage;
