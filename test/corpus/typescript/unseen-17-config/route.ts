// corpus: path=app/api/auth/callback/route.ts
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { exchangeCode, fetchProfile } from '@/lib/oauth';
import { createSession } from '@/lib/session';

const GITHUB_CLIENT_ID = 'Iv1.8a61f9b3a7aba766'; // ok: hardcoded-secret
const GITHUB_CLIENT_SECRET = '3f9c2a7e1b8d4c6f0a5e9b2d7c1f4a8e6b3d0c95'; // expect: hardcoded-secret
const STATE_COOKIE = 'oauth_state';

export async function GET(req: NextRequest) {
  const url = new URL(req.url);
  const code = url.searchParams.get('code');
  const state = url.searchParams.get('state');
  const jar = await cookies();
  if (!code || !state || state !== jar.get(STATE_COOKIE)?.value) {
    return NextResponse.redirect(new URL('/login?error=state', req.url));
  }
  jar.delete(STATE_COOKIE);

  const token = await exchangeCode({ code, clientId: GITHUB_CLIENT_ID, clientSecret: GITHUB_CLIENT_SECRET });
  const profile = await fetchProfile(token.access_token);
  const session = await createSession(profile);

  jar.set('session_token', session.id, { path: '/', maxAge: 60 * 60 * 24 * 7 }); // expect: insecure-cookie
  jar.set('gh_login', profile.login, { path: '/', maxAge: 60 * 60 * 24 * 7 }); // ok: insecure-cookie
  return NextResponse.redirect(new URL('/dashboard', req.url));
}
