// corpus: path=app/api/auth/callback/route.ts
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';

import { exchangeCode, createSession } from '@/lib/auth';
import { logger } from '@/lib/logger';

const SESSION_MAX_AGE = 60 * 60 * 24 * 7;

export async function GET(request: NextRequest) {
  const url = new URL(request.url);
  const code = url.searchParams.get('code');
  const state = url.searchParams.get('state');
  const jar = await cookies();

  if (!code || !state || state !== jar.get('oauth_state')?.value) {
    logger.warn({ state }, 'oauth callback with a bad state');
    return NextResponse.redirect(new URL('/login?error=state', request.url));
  }

  const tokens = await exchangeCode(code);
  const session = await createSession(tokens);

  jar.delete('oauth_state');
  jar.set('session', session.id, { // ok: insecure-cookie
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    path: '/',
    maxAge: SESSION_MAX_AGE,
  });
  jar.set('refresh_token', tokens.refreshToken, { httpOnly: false, secure: true, path: '/api/auth' }); // expect: insecure-cookie
  jar.set('last_login_provider', 'github', { maxAge: 60 * 60 * 24 * 365 }); // ok: insecure-cookie

  const response = NextResponse.redirect(new URL('/dashboard', request.url));
  response.cookies.set('csrf_token', session.csrfToken, { sameSite: 'strict', secure: true }); // ok: insecure-cookie
  response.cookies.set({ name: 'access_token', value: tokens.accessToken, path: '/' }); // expect: insecure-cookie
  return response;
}
